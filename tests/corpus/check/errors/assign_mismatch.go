// The number of variables and values in an assignment do not match.
package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	s, err := strconv.Itoa(5) // ERROR col=12 "assignment mismatch: 2 variables but strconv.Itoa returns 1 value"
	q := divmod(7, 2) // ERROR col=7 "assignment mismatch: 1 variable but divmod returns 2 values"
	a, b := 1 // ERROR col=10 "assignment mismatch: 2 variables but 1 value"
	fmt.Println(s, err, q, a, b)
}
