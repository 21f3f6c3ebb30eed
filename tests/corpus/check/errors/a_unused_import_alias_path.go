// More unused imports: an alias for a two-element path, an alias equal
// to the package name (so the message has no "as" part), and a dot import.
package main

import (
	"fmt"
	. "math"          // ERROR col=2 "\"math\" imported and not used"
	sort "sort"       // ERROR col=2 "\"sort\" imported and not used"
	u8 "unicode/utf8" // ERROR col=2 "\"unicode/utf8\" imported as u8 and not used"
)

type Stats struct {
	Min, Max int
}

func compute(xs []int) Stats {
	s := Stats{xs[0], xs[0]}
	for _, x := range xs {
		if x < s.Min {
			s.Min = x
		}
		if x > s.Max {
			s.Max = x
		}
	}
	return s
}

func main() {
	fmt.Println(compute([]int{4, 1, 9}))
}
