// Map literals with a missing key and with keys given twice, one of them
// through a constant with the same value as a literal key.
package main

import (
	"fmt"
	"sort"
)

const NotFound = 404

var statusText = map[int]string{
	200:      "OK",
	404:      "Not Found",
	NotFound: "Missing", // ERROR col=2 "duplicate key 404 in map literal"
}

func main() {
	aliases := map[string]string{
		"ls": "list",
		"rm": "remove",
		"copy", // ERROR col=3 "missing key in map literal"
		"ls": "ls -l", // ERROR col=3 "duplicate key \"ls\" in map literal"
	}
	codes := make([]int, 0, len(statusText))
	for c := range statusText {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	fmt.Println(codes, len(aliases))
}
