// return statements with the wrong number of values in functions with
// named results. Go continues the messages with
//	have (int)
//	want (int, int)
// and
//	have (number, number, error)
//	want (int, int)
package main

import (
	"errors"
	"fmt"
)

func minMax(xs []int) (lo, hi int) {
	if len(xs) == 0 {
		return 0, 0
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo // ERROR col=9 "not enough return values"
}

func divide(a, b int) (q, r int) {
	if b == 0 {
		return 0, 0, errors.New("division by zero") // ERROR col=16 "too many return values"
	}
	return a / b, a % b
}

func main() {
	fmt.Println(minMax([]int{4, 1, 9}))
	fmt.Println(divide(7, 2))
}
