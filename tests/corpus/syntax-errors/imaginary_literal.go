// gomini has no complex numbers: imaginary literals are refused by golex.
// (Go itself accepts them; this is the one deliberate difference.)
package main

func main() {
	a := 2i // ERROR col=7 "imaginary literal 2i not supported (gomini has no complex numbers)"
	b := 1.5e3i // ERROR col=7 "imaginary literal 1.5e3i not supported (gomini has no complex numbers)"
	println(a, b)
}
