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

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }
func (s Square) Name() string    { return "square" }

func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t *Triangle) Name() string       { return "triangle" }

func (c Circle) String() string { return fmt.Sprintf("Circle(r=%.1f)", c.R) }

func totalArea(shapes ...Shape) float64 {
	sum := 0.0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func main() {
	shapes := []NamedShape{
		Circle{1},
		Rect{3, 4},
		NewSquare(2),
		&Triangle{3, 4, 5},
		Circle{0.5},
	}
	for _, s := range shapes {
		fmt.Printf("%-8s area=%7.3f perim=%7.3f\n", s.Name(), s.Area(), s.Perimeter())
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Print(s.Name(), " ")
	}
	fmt.Println()

	plain := make([]Shape, len(shapes))
	for i, s := range shapes {
		plain[i] = s
	}
	fmt.Printf("total %.4f\n", totalArea(plain...))

	var s Shape = Circle{2}
	fmt.Println(s)
	if n, ok := s.(Named); ok {
		fmt.Println("named:", n.Name())
	}
	if _, ok := s.(Rect); !ok {
		fmt.Println("not a rect")
	}
	c := s.(Circle)
	fmt.Println(c.R)
	s = NewSquare(3)
	fmt.Println(s, s.Area())
	if sq, ok := s.(Square); ok {
		fmt.Println("square side", sq.W, sq.Rect.Name(), sq.Name())
	}
	var empty Shape
	fmt.Println(empty == nil, empty)
	fmt.Printf("%T %T %T\n", Circle{}, &Triangle{}, s)
	fmt.Printf("%.5f %v\n", math.Pi, math.Sqrt(2))
}
