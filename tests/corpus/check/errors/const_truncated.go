// Untyped float constants assigned to integers lose their fraction.
// When the expression is not a literal, the value is printed too.
package main

import "fmt"

const half = 0.5

func main() {
	var n int
	n = 2.5 // ERROR col=6 "cannot use 2.5 (untyped float constant) as int value in assignment (truncated)"
	var m int64 = 7.0 / 2 // ERROR col=16 "cannot use 7.0 / 2 (untyped float constant 3.5) as int64 value in variable declaration (truncated)"
	var k int = 4.0 // fine: 4.0 is representable as an int
	fmt.Println(n, m, k, half)
}
