package main

import "fmt"

// This file deliberately ends without a trailing newline: the final
// closing brace is the last byte, so the lexer must insert the semicolon
// at EOF.
func main() {
	fmt.Println("no newline at end of file")
}