// A short variable declaration with nothing on the right-hand side: the
// newline after `:=` does not end the statement, so the error is reported
// at the next token.
package main

func main() {
	y :=
} // ERROR col=1 "syntax error: unexpected }, expected expression"
