// Errors in for statement headers. Each loop is separated by an ordinary
// statement so that the parser can recover in between.
package main

func main() {
	n := 0
	// The post statement of a for loop cannot declare variables.
	for i := 0; i < 3; j := i { // ERROR col=23 "syntax error: cannot declare in post statement of for loop"
		n += i
	}
	n++
	// A brace on the next line after the init statement: a semicolon is
	// inserted, so the parser expects a loop condition.
	for i := 0
	{ // ERROR col=2 "syntax error: unexpected {, expected for loop condition"
		n += i
	}
	n++
	// A var declaration cannot be used as the init statement.
	for var i = 0; i < 3; i++ { // ERROR col=10 "syntax error: var declaration not allowed in for initializer"
		n += i
	}
	println(n)
}
