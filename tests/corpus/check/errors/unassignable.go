// Assigning to a constant, to a byte of a string, and to a field of a
// struct stored in a map. Go 1.19 gave the operand instead of
// "(neither addressable nor a map index expression)".
package main

import "fmt"

const maxUsers = 10

type Point struct{ X, Y int }

func main() {
	maxUsers = 20 // ERROR col=2 "cannot assign to maxUsers (neither addressable nor a map index expression)"
	s := "hello"
	s[0] = 'j' // ERROR col=2 "cannot assign to s[0] (neither addressable nor a map index expression)"
	pts := map[string]Point{"a": {1, 2}}
	pts["a"].X = 5 // ERROR col=2 "cannot assign to struct field pts[\"a\"].X in map"
	fmt.Println(s, pts)
}
