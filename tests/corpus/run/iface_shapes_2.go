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

type Stringer interface{ String() string }

type Scaler interface {
	Scale(f float64)
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Scale(f float64)   { c.R *= f }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func (s Square) String() string { return fmt.Sprintf("Square(%g)", s.W) }

func describe(s Shape) string {
	name := fmt.Sprintf("%T", s)
	if st, ok := s.(Stringer); ok {
		name = st.String()
	}
	_, scalable := s.(Scaler)
	return fmt.Sprintf("%-16s area=%8.3f perim=%7.3f scalable=%t", name, s.Area(), s.Perimeter(), scalable)
}

func main() {
	shapes := []Shape{
		Rect{3, 4},
		&Rect{1, 2},
		Circle{1},
		&Circle{2.5},
		Triangle{3, 4, 5},
		NewSquare(2),
		&Square{Rect{1.5, 1.5}},
	}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}

	for _, s := range shapes {
		if sc, ok := s.(Scaler); ok {
			sc.Scale(2)
		}
	}
	fmt.Println("after scaling pointers by 2:")
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("  %T %.2f\n", s, s.Area())
	}
	fmt.Printf("total area: %.4f\n", total)

	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	fmt.Print("by area:")
	for _, s := range shapes {
		fmt.Printf(" %.1f", s.Area())
	}
	fmt.Println()

	largest := shapes[len(shapes)-1]
	if c, ok := largest.(*Circle); ok {
		fmt.Printf("largest is a circle with r=%v\n", c.R)
	}
	fmt.Println(shapes[0], NewSquare(3))
	fmt.Printf("%v %+v\n", Triangle{3, 4, 5}, Rect{W: 1, H: 2})
}
