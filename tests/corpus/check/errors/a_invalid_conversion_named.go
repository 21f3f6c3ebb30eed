// More invalid conversions: a bool to an int, a struct to another struct
// type with different fields, and a named string type to float64. Current
// Go describes operands of named types by their kind.
package main

import "fmt"

type Point struct{ X, Y int }

type Vector struct {
	DX, DY float64
}

type Amount string

func main() {
	ok := true
	flag := int(ok) // ERROR col=14 "cannot convert ok (variable of type bool) to type int"
	p := Point{3, 4}
	v := Vector(p) // ERROR col=14 "cannot convert p (variable of struct type Point) to type Vector"
	var price Amount = "9.99"
	f := float64(price) // ERROR col=15 "cannot convert price (variable of string type Amount) to type float64"
	fmt.Println(flag, v, f, string(price))
}
