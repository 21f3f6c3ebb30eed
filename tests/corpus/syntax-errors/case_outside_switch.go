// A case clause outside of a switch or select statement.
package main

func main() {
	x := 0
	case 1: // ERROR col=2 "syntax error: unexpected keyword case, expected }"
		x++
	println(x)
}
