// Unary and binary operators applied to operand types that lack them.
package main

import "fmt"

func main() {
	s := "abc"
	n := 4
	f := 7.5
	fmt.Println(-s) // ERROR col=15 "invalid operation: operator - not defined on s (variable of type string)"
	fmt.Println(!n) // ERROR col=15 "invalid operation: operator ! not defined on n (variable of type int)"
	fmt.Println(f % 2) // ERROR col=14 "invalid operation: operator % not defined on f (variable of type float64)"
}
