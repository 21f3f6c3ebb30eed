// Variables that are only ever assigned to. Assigning is not using: a
// plain "=" does not read the variable, so Go still reports it. The
// "+=" on count reads it, so count is used.
package main

import (
	"fmt"
	"strings"
)

func stats(lines []string) (int, int) {
	count := 0
	longest := 0    // ERROR col=2 "declared and not used: longest"
	var last string // ERROR col=6 "declared and not used: last"
	words := 0
	for _, line := range lines {
		count += 1
		if len(line) > 10 {
			longest = len(line)
		}
		last = line
		words += len(strings.Fields(line))
	}
	return count, words
}

func main() {
	var status string // ERROR col=6 "declared and not used: status"
	n, w := stats([]string{"one two", "three four five six"})
	if n > 1 {
		status = "many lines"
	} else {
		status = "one line"
	}
	fmt.Println(n, w)
}
