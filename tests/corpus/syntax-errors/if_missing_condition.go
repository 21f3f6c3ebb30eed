// if statements without a condition.
package main

func main() {
	if { // ERROR col=5 "syntax error: missing condition in if statement"
		println("always?")
	}
	if x := 1; { // ERROR col=11 "syntax error: missing condition in if statement"
		println(x)
	}
}
