// A method with the right name but the wrong signature. Go continues the
// message on two more lines:
//		have Area() int
//		want Area() float64
package main

import "fmt"

type Shape interface {
	Area() float64
}

type Square struct{ Side int }

func (s Square) Area() int { return s.Side * s.Side }

func main() {
	var sh Shape = Square{3} // ERROR col=17 "cannot use Square{…} (value of struct type Square) as Shape value in variable declaration: Square does not implement Shape (wrong type for method Area)"
	fmt.Println(sh)
}
