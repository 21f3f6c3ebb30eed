// Composite literals of types that are neither structs, arrays, slices
// nor maps: a named float type and a named function type.
package main

import (
	"fmt"
	"strings"
)

type Celsius float64

type Handler func(string) string

func main() {
	t := Celsius{21.5} // ERROR col=7 "invalid composite literal type Celsius"
	h := Handler{strings.ToUpper} // ERROR col=7 "invalid composite literal type Handler"
	ok := Celsius(18)
	up := Handler(strings.ToUpper)
	fmt.Println(t, h, ok, up("done"))
}
