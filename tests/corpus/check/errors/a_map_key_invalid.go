// Map keys must be comparable: a slice of ints, a slice of strings in a
// make call, and a struct with a slice field are not.
package main

import (
	"fmt"
	"strings"
)

type Key struct {
	Parts []string
}

type Index struct {
	byPath map[Key]int // ERROR col=13 "invalid map key type Key"
}

func main() {
	var seen map[[]int]bool          // ERROR col=15 "invalid map key type []int"
	groups := make(map[[]string]int) // ERROR col=21 "invalid map key type []string"
	words := strings.Fields("a b a")
	fmt.Println(len(seen), len(groups), words)
	var idx Index
	fmt.Println(idx.byPath == nil)
}
