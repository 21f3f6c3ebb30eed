// The opening brace of a function body on the next line: a semicolon
// is inserted after the signature.
package main

func main()
{ // ERROR col=1 "syntax error: unexpected semicolon or newline before {"
	println("hello")
}
