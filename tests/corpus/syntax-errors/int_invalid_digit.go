// Digits that are not valid in the literal's base.
package main

func main() {
	a := 09 // ERROR col=8 "invalid digit '9' in octal literal"
	b := 0o78 // ERROR col=10 "invalid digit '8' in octal literal"
	c := 0b102 // ERROR col=11 "invalid digit '2' in binary literal"
	d := 0777_8 // ERROR col=12 "invalid digit '8' in octal literal"
	println(a, b, c, d)
}
