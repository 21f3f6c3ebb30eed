// A three-clause for header missing its post statement separator. The
// parser skips the `{` and then complains again at the end of the next
// line (error recovery).
package main

func main() {
	for i := 0; i < 10 { // ERROR col=21 "syntax error: unexpected {, expected semicolon or newline"
		println(i) // ERROR col=93 "syntax error: unexpected newline, expected { after for clause"
	}
}
