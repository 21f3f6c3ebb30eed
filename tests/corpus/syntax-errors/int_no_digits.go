// Base prefixes without any digits.
package main

func main() {
	a := 0x // ERROR col=9 "hexadecimal literal has no digits"
	b := 0b // ERROR col=9 "binary literal has no digits"
	c := 0o // ERROR col=9 "octal literal has no digits"
	d := 0x_ // ERROR col=10 "hexadecimal literal has no digits"
	println(a, b, c, d)
}
