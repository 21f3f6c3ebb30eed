package main

import "fmt"

func main() {
	// Decimal floats.
	f1 := 1.5
	f2 := 0.
	f3 := 1.
	f4 := .5
	f5 := 072.40 // == 72.40
	f6 := 1_0.2_5e1_0
	f7 := 00.1

	// Exponents.
	e1 := 1e10
	e2 := 1E10
	e3 := 6.67428e-11
	e4 := 1e+3
	e5 := .25e3
	e6 := 1.e2
	e7 := 0e0

	// Hexadecimal floats.
	h1 := 0x1p-2
	h2 := 0x1.8p3
	h3 := 0X.8p0
	h4 := 0x1.p1
	h5 := 0x_1p4
	h6 := 0x1.Fp+0
	h7 := 0x15e-2 // integer 0x15e minus 2, not a float
	h8 := 0xABC.DEFp-10
	h9 := 0x.1P4


	fmt.Println(f1, f2, f3, f4, f5, f6, f7, e1, e2, e3, e4, e5, e6, e7)
	fmt.Println(h1, h2, h3, h4, h5, h6, h7, h8, h9)
}
