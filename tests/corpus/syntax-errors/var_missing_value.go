// A var declaration with `=` but no value: the newline after `=` does not
// end the declaration, so the error is reported at the next token.
package main

var (
	x =
) // ERROR col=1 "syntax error: unexpected ), expected expression"

func main() {
	println(x)
}
