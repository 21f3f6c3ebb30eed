// Integer division and remainder by a constant zero, and a constant float
// division by zero. The error is reported at the divisor. Dividing a
// float64 variable by 0.0 is allowed (it yields an infinity).
package main

import "fmt"

type Stats struct {
	Sum, Count int
}

func (s Stats) Mean() int {
	if s.Count == 0 {
		return s.Sum / 0 // ERROR col=18 "invalid operation: division by zero"
	}
	return s.Sum / s.Count
}

func bucket(id int) int {
	const buckets = 0
	return id % buckets // ERROR col=14 "invalid operation: division by zero"
}

func main() {
	s := Stats{Sum: 10, Count: 0}
	x := 1.0
	fmt.Println(s.Mean(), bucket(7), x/0.0)
	fmt.Println(1.5 / 0.0) // ERROR col=20 "invalid operation: division by zero"
}
