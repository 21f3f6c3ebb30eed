// ERRORAT 12:1 "syntax error: unexpected EOF, expected }"
// The closing brace of the function body is missing; the error is
// reported at end of file.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(i)
	}
