// Struct fields must be separated by semicolons or newlines, not commas.
package main

type T struct{ a int b int } // ERROR col=22 "syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }"

type U struct {
	x int, // ERROR col=7 "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"
	y int
}

func main() {}
