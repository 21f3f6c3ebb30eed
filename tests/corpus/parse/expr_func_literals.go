package main

import (
	"fmt"
	"sort"
)

func main() {
	// Closure capturing a local variable.
	count := 0
	incr := func() int {
		count++
		return count
	}
	incr()
	incr()

	// Immediately invoked function literals.
	func() {
		fmt.Println("iife")
	}()
	sq := func(x int) int { return x * x }(7)
	r1, r2 := func(a, b int) (int, int) { return b, a }(1, 2)

	// Function literal as an argument.
	people := []string{"carol", "alice", "bob"}
	sort.Slice(people, func(i, j int) bool { return people[i] < people[j] })

	// Function literal returning a function literal.
	makeAdder := func(n int) func(int) int {
		return func(x int) int { return x + n }
	}
	add5 := makeAdder(5)

	// Recursive closure via a pre-declared variable.
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}

	// Slice and map of function literals.
	ops := []func(int, int) int{
		func(a, b int) int { return a + b },
		func(a, b int) int { return a * b },
	}
	named := map[string]func() string{"hi": func() string { return "hello" }}

	// Variadic function literal, and a literal called through parentheses.
	total := func(xs ...int) (s int) {
		for _, x := range xs {
			s += x
		}
		return
	}(1, 2, 3)
	v := (func() int { return 11 })()

	fmt.Println(count, sq, r1, r2, people, add5(1), fact(5), ops[1](3, 4), named["hi"](), total, v)
}
