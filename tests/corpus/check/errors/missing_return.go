// Functions with results whose bodies can end without a return: an
// if/else-if chain with no else, and a for loop with a break.
package main

import "fmt"

func sign(n int) string {
	if n > 0 {
		return "+"
	} else if n < 0 {
		return "-"
	}
} // ERROR col=1 "missing return"

func firstEven(xs []int) int {
	for _, x := range xs {
		if x%2 == 0 {
			return x
		}
	}
	for {
		break
	}
} // ERROR col=1 "missing return"

func forever() int {
	for {
	}
}

func main() {
	fmt.Println(sign(3), firstEven([]int{1, 4}))
	_ = forever
}
