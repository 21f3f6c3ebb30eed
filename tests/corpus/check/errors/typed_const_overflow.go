// Constant expressions of a typed constant that overflow the type. The
// message names the underlying basic type (uint8), and current Go
// describes the operand as "uint8 type Small".
package main

import "fmt"

const limit int8 = 100

type Small uint8

const top Small = 250

func main() {
	x := limit * 2 // ERROR col=7 "limit * 2 (constant 200 of type int8) overflows int8"
	y := top + 10  // ERROR col=7 "top + 10 (constant 260 of uint8 type Small) overflows uint8"
	z := limit / 2
	fmt.Println(x, y, z)
}
