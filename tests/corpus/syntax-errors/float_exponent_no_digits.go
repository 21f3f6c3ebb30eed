// Exponents without digits.
package main

func main() {
	a := 1e // ERROR col=9 "exponent has no digits"
	b := 2.5E+ // ERROR col=12 "exponent has no digits"
	c := 0x1p- // ERROR col=12 "exponent has no digits"
	println(a, b, c)
}
