// Keywords cannot be used as identifiers.
package main

func main() {
	var func = 1 // ERROR col=6 "syntax error: unexpected keyword func, expected name"
	type := 3 // ERROR col=7 "syntax error: unexpected :=, expected name"
}
