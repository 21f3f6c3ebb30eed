package main

import "fmt"

func main() {
	// Decimal.
	d0 := 0
	d1 := 42
	d2 := 1_000_000
	d3 := 170141183460469231731687303715884105727 % 10

	// Binary.
	b1 := 0b1010
	b2 := 0B1111_0000
	b3 := 0b_1
	b4 := 0b0

	// Octal, new and legacy forms.
	o1 := 0o17
	o2 := 0O755
	o3 := 017
	o4 := 0_17
	o5 := 0o_1_2
	o6 := 00

	// Hexadecimal.
	h1 := 0xFF
	h2 := 0x_FF
	h3 := 0XdeadBEEF
	h4 := 0x1_0000
	h5 := 0x0


	// Literals followed directly by operators and selectors.
	sum := 1+2*3-0x1<<2
	fmt.Println(d0, d1, d2, d3, b1, b2, b3, b4, o1, o2, o3, o4, o5, o6, h1, h2, h3, h4, h5)
	fmt.Println(sum)
}
