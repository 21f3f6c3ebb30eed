// Interfaces with several implementations, a type switch over them, and
// sorting a slice of interface values by a method result.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c Circle) Area() float64     { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func NewSquare(side float64) Square { return Square{Rect{side, side}} }

func describe(s Shape) string {
	switch v := s.(type) {
	case Square:
		return fmt.Sprintf("square of side %.1f", v.W)
	case Rect:
		return fmt.Sprintf("rect %.1fx%.1f", v.W, v.H)
	case Circle:
		return fmt.Sprintf("circle r=%.1f", v.R)
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, NewSquare(2), Circle{0.5}}
	sort.Slice(shapes, func(i, j int) bool {
		return shapes[i].Area() < shapes[j].Area()
	})
	total := 0.0
	for i, s := range shapes {
		total += s.Area()
		fmt.Printf("%d: %-20s area=%6.2f perim=%6.2f\n", i, describe(s), s.Area(), s.Perimeter())
	}
	fmt.Printf("total area %.3f\n", total)
	var _ Shape = Square{}
}
