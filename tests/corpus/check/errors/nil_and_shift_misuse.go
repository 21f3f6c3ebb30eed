// nil where a non-pointer type is wanted, nil without a type, and a
// shift count that is not an integer.
package main

import "fmt"

func main() {
	var n int
	n = nil // ERROR col=6 "cannot use nil as int value in assignment"
	x := nil // ERROR col=7 "use of untyped nil in assignment"
	bits := 3.0
	var f float64 = bits
	fmt.Println(n, x, 1<<f) // ERROR col=23 "invalid operation: shift count f (variable of type float64) must be integer"
}
