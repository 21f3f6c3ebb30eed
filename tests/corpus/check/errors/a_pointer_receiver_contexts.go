// Values whose Area method has a pointer receiver do not implement Shape;
// only their addresses do. The value is rejected in a return statement,
// a slice literal and a map literal. Current Go describes the operand as
// "value of struct type Square".
package main

import "fmt"

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }

func (s *Square) Area() float64 { return s.Side * s.Side }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3.14159 * c.R * c.R }

func unitShape(round bool) Shape {
	if round {
		return Circle{1}
	}
	return Square{1} // ERROR col=9 "cannot use Square{…} (value of struct type Square) as Shape value in return statement: Square does not implement Shape (method Area has pointer receiver)"
}

func main() {
	shapes := []Shape{Circle{2}, Square{3}} // ERROR col=31 "cannot use Square{…} (value of struct type Square) as Shape value in array or slice literal: Square does not implement Shape (method Area has pointer receiver)"
	byName := map[string]Shape{
		"tile": Square{0.5}, // ERROR col=11 "cannot use Square{…} (value of struct type Square) as Shape value in map literal: Square does not implement Shape (method Area has pointer receiver)"
		"coin": Circle{0.01},
	}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Println(total, len(byName), unitShape(false) != nil)
}
