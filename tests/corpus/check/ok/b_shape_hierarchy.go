// A shape hierarchy with struct embedding: a shared base with promoted
// methods, overriding, interface embedding, and type switches for output.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Name() string
}

type Scalable interface {
	Shape
	Scale(f float64)
}

type base struct {
	label string
	X, Y  float64
}

func (b base) Name() string         { return b.label }
func (b *base) Move(dx, dy float64) { b.X += dx; b.Y += dy }
func (b base) Position() [2]float64 { return [2]float64{b.X, b.Y} }

type Circle struct {
	base
	R float64
}

type Rect struct {
	base
	W, H float64
}

type Triangle struct {
	base
	A, B, C float64
}

func (c Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c *Circle) Scale(f float64) { c.R *= f }
func (r Rect) Area() float64      { return r.W * r.H }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }
func (r Rect) Name() string {
	if r.W == r.H {
		return "square " + r.label
	}
	return r.base.Name()
}

var ErrDegenerate = errors.New("degenerate triangle")

func NewTriangle(label string, a, b, c float64) (*Triangle, error) {
	if a+b <= c || a+c <= b || b+c <= a {
		return nil, fmt.Errorf("%s (%.0f,%.0f,%.0f): %w", label, a, b, c, ErrDegenerate)
	}
	return &Triangle{base{label: label}, a, b, c}, nil
}

func (t Triangle) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

var (
	_ Scalable = (*Circle)(nil)
	_ Scalable = (*Rect)(nil)
	_ Shape    = Triangle{}
)

func detail(s Shape) string {
	switch v := s.(type) {
	case *Circle:
		return fmt.Sprintf("r=%.2f at %v", v.R, v.Position())
	case *Rect:
		return fmt.Sprintf("%gx%g at %v", v.W, v.H, v.Position())
	case *Triangle:
		return fmt.Sprintf("sides %g/%g/%g", v.A, v.B, v.C)
	}
	return "?"
}

func main() {
	shapes := []Shape{
		&Circle{base{"wheel", 0, 0}, 1.5},
		&Rect{base{label: "door"}, 1, 2.1},
		&Rect{base{label: "tile"}, 0.3, 0.3},
	}
	for _, sides := range [][3]float64{{3, 4, 5}, {1, 2, 3}, {5, 5, 6}} {
		t, err := NewTriangle(fmt.Sprintf("tri%v", sides[0]), sides[0], sides[1], sides[2])
		if errors.Is(err, ErrDegenerate) {
			fmt.Println("skipped:", err)
			continue
		}
		shapes = append(shapes, t)
	}
	for _, s := range shapes {
		if sc, ok := s.(Scalable); ok {
			sc.Scale(2)
		}
		if m, ok := s.(interface{ Move(dx, dy float64) }); ok {
			m.Move(1, -1)
		}
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%-12s %-10T %8.3f  %s\n", s.Name(), s, s.Area(), detail(s))
	}
	fmt.Printf("total %.2f over %d shapes\n", total, len(shapes))
}
