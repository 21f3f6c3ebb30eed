// Hexadecimal floats need a p exponent; p exponents need a hex mantissa;
// binary and octal literals cannot have a radix point.
package main

func main() {
	a := 0x1.5 // ERROR col=12 "hexadecimal mantissa requires a 'p' exponent"
	b := 1p3 // ERROR col=8 "'p' exponent requires hexadecimal mantissa"
	c := 0b1.0 // ERROR col=10 "invalid radix point in binary literal"
	d := 0o7.1 // ERROR col=10 "invalid radix point in octal literal"
	println(a, b, c, d)
}
