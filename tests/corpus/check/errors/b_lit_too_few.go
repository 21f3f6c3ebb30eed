// Positional struct literals with values missing: a Point with only X,
// and a Segment in a slice literal that lacks its label. Go 1.19 said
// "too few values in Point{…}".
package main

import (
	"fmt"
	"math"
)

type Point struct {
	X, Y float64
}

type Segment struct {
	From, To Point
	Label    string
}

func (s Segment) Length() float64 {
	return math.Hypot(s.To.X-s.From.X, s.To.Y-s.From.Y)
}

func main() {
	origin := Point{0} // ERROR col=19 "too few values in struct literal of type Point"
	path := []Segment{
		{Point{0, 0}, Point{3, 4}, "a"},
		Segment{Point{3, 4}, Point{6, 8}}, // ERROR col=35 "too few values in struct literal of type Segment"
	}
	for _, s := range path {
		fmt.Println(s.Label, s.Length())
	}
	fmt.Println(origin)
}
