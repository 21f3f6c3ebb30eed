// An assignment or short variable declaration used as an if condition.
package main

func main() {
	x := 1
	if x = 5 { // ERROR col=7 "syntax error: cannot use assignment x = 5 as value"
	}
	if y := 5 { // ERROR col=7 "syntax error: cannot use y := 5 as value"
	}
	if x == 1 && x = 2 { // ERROR col=17 "syntax error: cannot use assignment (x == 1 && x) = 2 as value"
	}
}
