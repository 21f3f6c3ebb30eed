// Unused variables inside function literals: a retry callback that
// records its start time but never reads it, and a filter closure that
// computes a lowered copy it does not use. Each closure body is a block.
package main

import (
	"fmt"
	"strings"
	"time"
)

func retry(n int, op func(attempt int) error) error {
	var err error
	for i := 0; i < n; i++ {
		if err = op(i); err == nil {
			return nil
		}
	}
	return err
}

func main() {
	calls := 0
	err := retry(3, func(attempt int) error {
		start := time.Now() // ERROR col=3 "declared and not used: start"
		calls++
		if attempt < 2 {
			return fmt.Errorf("attempt %d failed", attempt)
		}
		return nil
	})
	keep := func(words []string, prefix string) []string {
		var out []string
		for _, w := range words {
			lower := strings.ToLower(w) // ERROR col=4 "declared and not used: lower"
			if strings.HasPrefix(w, prefix) {
				out = append(out, w)
			}
		}
		return out
	}
	fmt.Println(err, calls, keep([]string{"Go", "Gopher", "C"}, "Go"))
}
