// Closures capturing loop variables (via per-iteration copies), closures
// mutating captured variables, and generators built from closures.
package main

import (
	"fmt"
	"strings"
)

type Acc struct {
	Add   func(int)
	Total func() int
	Reset func()
}

func newAcc() Acc {
	total, calls := 0, 0
	return Acc{
		Add:   func(n int) { total += n; calls++ },
		Total: func() int { return total },
		Reset: func() { total, calls = 0, 0 },
	}
}

func counterFrom(start, step int) func() int {
	next := start
	return func() int {
		v := next
		next += step
		return v
	}
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func main() {
	var printers []func() string
	for i := 0; i < 3; i++ {
		i := i
		printers = append(printers, func() string { return fmt.Sprint("item", i) })
	}
	for _, name := range []string{"x", "y"} {
		name := name
		printers = append(printers, func() string { return "name " + name })
	}
	for _, p := range printers {
		fmt.Print(p(), "; ")
	}
	fmt.Println()

	shared := 0
	var bumps []func()
	for i := 1; i <= 4; i++ {
		k := i * i
		bumps = append(bumps, func() { shared += k })
	}
	for _, b := range bumps {
		b()
	}
	fmt.Println("shared:", shared)

	acc := newAcc()
	for _, n := range []int{5, 10, 20} {
		acc.Add(n)
	}
	fmt.Println("total:", acc.Total())
	acc.Reset()
	acc.Add(1)
	fmt.Println("after reset:", acc.Total())

	evens := counterFrom(0, 2)
	odds := counterFrom(1, 2)
	fmt.Println(evens(), evens(), odds(), evens(), odds())

	suffix := "!"
	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + suffix })
	suffix = "?!"
	fmt.Println(shout("  hello "))

	word := "mutable"
	change := func() { word = strings.Repeat(word[:3], 2) }
	change()
	fmt.Println(word)

	memo := map[int]int{}
	square := func(n int) int {
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = n * n
		return memo[n]
	}
	fmt.Println(square(9), square(9), len(memo))
}
