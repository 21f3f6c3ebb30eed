// Structs are comparable only if all their fields are. A record with a
// slice field and one with a map field cannot be compared with == or !=;
// the message names the first field type that is not comparable.
package main

import "fmt"

type Point struct{ X, Y int }

type Path struct {
	Name   string
	Points []Point
}

type Doc struct {
	Title string
	Meta  map[string]string
}

func main() {
	a := Path{"route", []Point{{0, 0}, {1, 2}}}
	b := Path{"route", []Point{{0, 0}, {1, 2}}}
	if a == b { // ERROR col=5 "invalid operation: a == b (struct containing []Point cannot be compared)"
		fmt.Println("same path")
	}
	d1 := Doc{Title: "x"}
	d2 := Doc{Title: "y"}
	fmt.Println(d1 != d2, Point{1, 2} == Point{1, 2}) // ERROR col=14 "invalid operation: d1 != d2 (struct containing map[string]string cannot be compared)"
}
