// Variables declared in the init statement of an if or a switch, and a
// loop index, that the code never reads.
package main

import (
	"fmt"
	"strings"
)

var cache = map[string]string{"go": "Go language"}

func lookup(key string) string {
	if v, ok := cache[key]; ok { // ERROR col=5 "declared and not used: v"
		return "hit"
	}
	return "miss"
}

func classify(s string) string {
	switch n := len(s); { // ERROR col=9 "declared and not used: n"
	case strings.HasPrefix(s, "#"):
		return "comment"
	default:
		return "code"
	}
}

func main() {
	lines := []string{"# note", "x := 1"}
	for i, line := range lines { // ERROR col=6 "declared and not used: i"
		fmt.Println(classify(line))
	}
	fmt.Println(lookup("go"))
}
