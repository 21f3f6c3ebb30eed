package main

import "fmt"

func main() {
	fmt.Println(last)
}

// The file ends right after an expression and a block comment, with no
// newline: a semicolon must still be inserted after the literal 2.
var last = 1 + 2 /* end of file */