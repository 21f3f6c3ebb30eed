// Struct literal mistakes: an unknown field name, too few positional
// values, and a mixture of both forms. Go 1.19 quoted the field name
// ('Zip') and said "too few values in Address{…}".
package main

import "fmt"

type Address struct {
	Street string
	City   string
	Code   int
}

func main() {
	a := Address{Street: "Main St", Zip: 12345} // ERROR col=34 "unknown field Zip in struct literal of type Address"
	b := Address{"Main St", "Springfield"} // ERROR col=39 "too few values in struct literal of type Address"
	c := Address{Street: "Elm St", "Shelbyville", 1} // ERROR col=33 "mixture of field:value and value elements in struct literal"
	fmt.Println(a, b, c)
}
