// Untyped integer constants may be huge, but not when they become an int:
// in a variable declaration, as an argument to fmt.Println (which
// converts it to its default type int), and in a return statement.
package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
	ZB
)

func maxBuffer() int {
	return 1 << 64 // ERROR col=9 "cannot use 1 << 64 (untyped int constant 18446744073709551616) as int value in return statement (overflows)"
}

func main() {
	var limit int = ZB // ERROR col=18 "cannot use ZB (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)"
	fmt.Println("largest unit:", EB, "bytes")
	fmt.Println("too large:", ZB) // ERROR col=28 "cannot use ZB (untyped int constant 1180591620717411303424) as int value in argument to fmt.Println (overflows)"
	fmt.Println(limit, maxBuffer(), KB, MB, GB, TB, PB)
}
