package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }
func (s Square) Name() string    { return "square" }

func nameOf(s Shape) string {
	if n, ok := s.(Named); ok {
		return n.Name()
	}
	return fmt.Sprintf("anon %T", s)
}

type ByArea []Shape

func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }

func total(shapes []Shape, f func(Shape) float64) float64 {
	t := 0.0
	for _, s := range shapes {
		t += f(s)
	}
	return t
}

func main() {
	shapes := []Shape{
		Circle{1}, Rect{3, 4}, Triangle{3, 4, 5}, NewSquare(2), Circle{0.5}, Rect{10, 0.1}, Triangle{2, 2, 2},
	}
	sort.SliceStable(shapes, func(i, j int) bool { return ByArea(shapes).Less(i, j) })
	fmt.Printf("%-18s %-20s %9s %9s\n", "name", "value", "area", "perim")
	fmt.Println(strings.Repeat("-", 59))
	for _, s := range shapes {
		fmt.Printf("%-18s %-20s %9.3f %9.3f\n", nameOf(s), fmt.Sprint(s), s.Area(), s.Perimeter())
	}
	fmt.Printf("total area %.4f, total perimeter %.4f\n",
		total(shapes, Shape.Area), total(shapes, func(s Shape) float64 { return s.Perimeter() }))

	counts := map[string]int{}
	for _, s := range shapes {
		switch v := s.(type) {
		case Square:
			counts["square side "+fmt.Sprint(v.W)]++
		case Rect:
			counts["rect"]++
		case Circle:
			counts["circle"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	sq := NewSquare(3)
	var sh Shape = sq
	_, isRect := sh.(Rect)
	fmt.Println(sq.Name(), sq.Rect.Name(), sq.Area(), isRect)
	largest := shapes[len(shapes)-1]
	fmt.Printf("largest: %s %.2f\n", nameOf(largest), largest.Area())
}
