// `_` must separate successive digits.
package main

func main() {
	a := 1__000 // ERROR col=9 "'_' must separate successive digits"
	b := 1_000_ // ERROR col=12 "'_' must separate successive digits"
	c := 0x_F__F // ERROR col=12 "'_' must separate successive digits"
	d := 1._5 // ERROR col=9 "'_' must separate successive digits"
	println(a, b, c, d)
}
