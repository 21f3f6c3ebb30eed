// Plain assignments with the wrong number of values: strconv.Atoi
// returns two values but is assigned to one variable, and a swap that
// lists only one value on the right.
package main

import (
	"fmt"
	"strconv"
)

type Range struct {
	Lo, Hi int
}

func (r *Range) Normalize() {
	if r.Lo > r.Hi {
		r.Lo, r.Hi = r.Hi // ERROR col=16 "assignment mismatch: 2 variables but 1 value"
	}
}

func parseAll(fields []string) []int {
	nums := make([]int, 0, len(fields))
	var n int
	for _, f := range fields {
		n = strconv.Atoi(f) // ERROR col=7 "assignment mismatch: 1 variable but strconv.Atoi returns 2 values"
		nums = append(nums, n)
	}
	return nums
}

func main() {
	r := &Range{Lo: 9, Hi: 3}
	r.Normalize()
	fmt.Println(r.Lo, r.Hi, parseAll([]string{"4", "5"}))
}
