// nil is not a value of a struct, a string or an int: returning nil for
// a struct result, passing nil for an int parameter, and nil as a string
// element of a slice literal.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func parsePoint(s string) Point {
	if !strings.Contains(s, ",") {
		return nil // ERROR col=10 "cannot use nil as Point value in return statement"
	}
	return Point{1, 2}
}

func pad(s string, width int) string {
	for len(s) < width {
		s += " "
	}
	return s
}

func main() {
	fmt.Println(parsePoint("1,2"))
	fmt.Println(pad("x", nil))          // ERROR col=23 "cannot use nil as int value in argument to pad"
	cols := []string{"id", nil, "name"} // ERROR col=25 "cannot use nil as string value in array or slice literal"
	fmt.Println(strings.Join(cols, "|"))
}
