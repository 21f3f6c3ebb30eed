// Calls of function values with the wrong number of arguments: a
// callback of type Op called with an extra index argument, and a closure
// called with one of its two arguments. Go adds, for the first:
//	have (int, int)
//	want (int)
// and for the second:
//	have (number)
//	want (int, int)
package main

import "fmt"

type Op func(int) int

func apply(xs []int, f Op) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x, i) // ERROR col=17 "too many arguments in call to f"
	}
	return out
}

func main() {
	add := func(a, b int) int { return a + b }
	double := func(x int) int { return 2 * x }
	fmt.Println(add(1)) // ERROR col=18 "not enough arguments in call to add"
	fmt.Println(apply([]int{1, 2, 3}, double))
}
