// A grouped var declaration whose closing parenthesis is missing.
package main

var (
	width  = 80
	height = 24

func main() { // ERROR col=1 "syntax error: unexpected keyword func, expected name"
	println(width, height)
}
