// A quadtree cell that keeps its four children in an array of cells
// rather than of pointers, and an interface that embeds itself. Both
// types would contain themselves.
package main

import "fmt"

type Cell struct { // ERROR col=6 "invalid recursive type: Cell refers to itself"
	X, Y, Size int
	Children   [4]Cell
}

type Shape interface { // ERROR col=6 "invalid recursive type: Shape refers to itself"
	Shape
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func total(rs []Rect) float64 {
	sum := 0.0
	for _, r := range rs {
		sum += r.Area()
	}
	return sum
}

func main() {
	fmt.Println(total([]Rect{{2, 3}, {4, 5}}))
}
