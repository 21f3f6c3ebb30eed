// A struct with a slice field is not comparable, and a map literal may
// not repeat a constant key.
package main

import "fmt"

type Record struct {
	ID   int
	Tags []string
}

func main() {
	r1 := Record{1, nil}
	r2 := Record{1, nil}
	fmt.Println(r1 == r2) // ERROR col=14 "invalid operation: r1 == r2 (struct containing []string cannot be compared)"
	colors := map[string]int{
		"red":   1,
		"green": 2,
		"red":   3, // ERROR col=3 "duplicate key \"red\" in map literal"
	}
	fmt.Println(colors)
}
