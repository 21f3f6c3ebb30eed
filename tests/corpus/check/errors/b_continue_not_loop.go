// continue inside a function literal called from a loop body: the loop
// is outside the literal, so there is nothing to continue. The same
// holds for break.
package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"alpha", "", "beta", "stop", "gamma"}
	for _, w := range words {
		check := func(s string) {
			if s == "" {
				continue // ERROR col=5 "continue is not in a loop"
			}
			if s == "stop" {
				break // ERROR col=5 "break is not in a loop, switch, or select"
			}
			fmt.Println(strings.ToUpper(s))
		}
		check(w)
	}
}
