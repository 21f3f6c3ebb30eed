// Unknown escape sequences in interpreted strings and rune literals.
package main

func main() {
	a := "tab\q" // ERROR col=12 "unknown escape"
	b := "it\'s" // ERROR col=11 "unknown escape"
	c := '\"' // ERROR col=9 "unknown escape"
	d := "\8" // ERROR col=9 "unknown escape"
	println(a, b, c, d)
}
