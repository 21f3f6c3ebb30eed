// Package geom is the library half of the shapes example: types with
// methods, a constructor and a package variable, used from main.go.
package geom

import (
	"fmt"
	"math"
)

// Made counts the shapes the constructors have made.
var Made int

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

type Circle struct{ R float64 }

func NewRect(w, h float64) *Rect {
	Made++
	return &Rect{w, h}
}

func NewCircle(r float64) *Circle {
	Made++
	return &Circle{r}
}

func (r *Rect) Area() float64      { return r.W * r.H }
func (r *Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) Scale(k float64)    { r.W *= k; r.H *= k }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func (r Rect) String() string { return fmt.Sprintf("rect %gx%g", r.W, r.H) }

// Largest returns the shape with the largest area, or an error for none.
func Largest(shapes []Shape) (Shape, error) {
	if len(shapes) == 0 {
		return nil, fmt.Errorf("geom: no shapes")
	}
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best, nil
}
