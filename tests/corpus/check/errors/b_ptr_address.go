// Taking the address of values that have no address: a function result,
// a constant, and a map element.
package main

import "fmt"

const DefaultLimit = 50

type Options struct {
	Limit *int
	Name  *string
}

func defaultName() string { return "guest" }

func main() {
	counts := map[string]int{"a": 1}
	opts := Options{
		Name:  &defaultName(), // ERROR col=11 "invalid operation: cannot take address of defaultName() (value of type string)"
		Limit: &DefaultLimit, // ERROR col=11 "invalid operation: cannot take address of DefaultLimit (untyped int constant 50)"
	}
	p := &counts["a"] // ERROR col=8 "invalid operation: cannot take address of counts[\"a\"] (map index expression of type int)"
	fmt.Println(opts, p)
}
