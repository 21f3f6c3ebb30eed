// A program of two packages: this one and ./geom, compiled on their own
// and linked by govm (examples/Makefile shows the stages by hand).
package main

import (
	"fmt"

	"./geom"
)

func main() {
	r := geom.NewRect(3, 4)
	shapes := []geom.Shape{r, geom.NewCircle(1), geom.NewRect(1, 1)}
	r.Scale(2)
	for _, s := range shapes {
		fmt.Printf("%-14v area %6.2f  perimeter %6.2f\n", s, s.Area(), s.Perimeter())
	}
	best, err := geom.Largest(shapes)
	fmt.Println("largest:", best, err)
	_, err = geom.Largest(nil)
	fmt.Println("none:", err)
	fmt.Println("made", geom.Made, "shapes")
}
