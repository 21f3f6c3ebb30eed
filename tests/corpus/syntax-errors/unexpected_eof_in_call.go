// ERRORAT 6:15 "syntax error: unexpected EOF, expected )"
// The file ends in the middle of a call, without a trailing newline.
package main

func main() {
	println("a", 