// Inside a switch body only case and default clauses are allowed, and
// each clause needs a colon.
package main

func main() {
	x := 2
	switch x {
	cse 1: // ERROR col=2 "syntax error: unexpected name cse, expected case or default or }"
		println("one")
	case 2 // ERROR col=71 "syntax error: unexpected newline, expected :"
		println("two")
	}
	switch {
	case x > 0 } // ERROR col=13 "syntax error: unexpected }, expected :"
}
