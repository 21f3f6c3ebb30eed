// Division and remainder by a constant zero. Only integer division by a
// zero constant, or a constant division, is an error.
package main

import "fmt"

func main() {
	total, parts := 10, 3
	fmt.Println(total / parts)
	fmt.Println(total / 0) // ERROR col=22 "invalid operation: division by zero"
	fmt.Println(total % 0) // ERROR col=22 "invalid operation: division by zero"
	ratio := 1.5
	fmt.Println(ratio / 0.0) // allowed: a float variable divided by zero is +Inf
	fmt.Println(2.5 / 0) // ERROR col=20 "invalid operation: division by zero"
}
