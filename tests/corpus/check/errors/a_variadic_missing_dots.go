// Passing a slice where a variadic parameter wants its elements needs a
// trailing "...". Without it the whole slice is one argument of the wrong
// type, for a user function and for append. With "..." on a function
// that is not variadic, the call is wrong the other way round.
package main

import "fmt"

func average(xs ...float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

func maxOf(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func main() {
	temps := []float64{20.5, 22, 19.5}
	fmt.Println(average(temps)) // ERROR col=22 "cannot use temps (variable of type []float64) as float64 value in argument to average"
	all := []int{1, 2}
	batch := []int{3, 4}
	all = append(all, batch)        // ERROR col=20 "cannot use batch (variable of type []int) as int value in argument to append"
	fmt.Println(all, maxOf(all...)) // ERROR col=19 "cannot use ... in call to non-variadic maxOf"
}
