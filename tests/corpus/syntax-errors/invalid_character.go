// Characters that cannot start any token.
package main

func main() {
	x := #1 // ERROR col=7 "invalid character U+0023 '#'"
	y := @x // ERROR col=7 "invalid character U+0040 '@'"
	z := $y // ERROR col=7 "invalid character U+0024 '$'"
	println(x, y, z)
}
