// make misused: on a struct type, a slice without a length, and a map
// with a length and a capacity. Go 1.19 said "cannot make Buffer; type
// must be ..." with a semicolon; current Go uses a colon (types2
// builtins.go, case _Make).
package main

import "fmt"

type Buffer struct {
	data []byte
	pos  int
}

func main() {
	b := make(Buffer) // ERROR col=12 "invalid argument: cannot make Buffer: type must be slice, map, or channel"
	lines := make([]string) // ERROR col=11 "invalid operation: make([]string) expects 2 or 3 arguments; found 1"
	seen := make(map[string]bool, 16, 32) // ERROR col=10 "invalid operation: make(map[string]bool, 16, 32) expects 1 or 2 arguments; found 3"
	lines = append(lines, "x")
	seen["x"] = true
	fmt.Println(b, lines, seen)
}
