// Numeric escapes need the exact number of digits of their base, and
// octal escapes cannot exceed 255.
package main

func main() {
	a := "\xZZ" // ERROR col=10 "invalid character 'Z' in hexadecimal escape"
	b := '\u12G4' // ERROR col=12 "invalid character 'G' in hexadecimal escape"
	c := "\U0001F60x" // ERROR col=17 "invalid character 'x' in hexadecimal escape"
	d := "\12x" // ERROR col=11 "invalid character 'x' in octal escape"
	e := '\400' // ERROR col=12 "octal escape value 256 > 255"
	f := "\777" // ERROR col=12 "octal escape value 511 > 255"
	println(a, b, c, d, e, f)
}
