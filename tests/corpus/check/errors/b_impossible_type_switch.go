// A type switch case for a type that does not implement the switched
// interface: Meters has no Area method. The message continues:
//	s (variable of interface type Shape) cannot have dynamic type Meters (missing method Area)
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

type Meters float64

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%.1f", v.R)
	case Meters: // ERROR col=7 "impossible type switch case: Meters"
		return fmt.Sprintf("%.1f m", float64(v))
	default:
		return "unknown"
	}
}

func main() {
	fmt.Println(describe(Circle{2}))
}
