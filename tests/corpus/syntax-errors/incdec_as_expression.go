// ++ and -- are statements, not expressions.
package main

func main() {
	x := 0
	y := x++ // ERROR col=8 "syntax error: unexpected ++ at end of statement"
	println(x--) // ERROR col=11 "syntax error: unexpected -- in argument list; possibly missing comma or )"
	println(y)
}
