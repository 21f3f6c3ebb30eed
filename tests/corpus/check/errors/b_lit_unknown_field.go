// Struct literals naming fields that do not exist: Email in a literal of
// type Contact (the field is Mail), and Cost in an element of a slice
// literal, for a type that has only Price. Go 1.19 quoted the field
// name ('Email').
package main

import "fmt"

type Contact struct {
	Name string
	Mail string
}

type Item struct {
	Label string
	Price float64
}

func main() {
	c := Contact{Name: "Ada", Email: "ada@example.org"} // ERROR col=28 "unknown field Email in struct literal of type Contact"
	items := []Item{
		{Label: "tea", Price: 3.5},
		Item{Label: "cake", Cost: 4.25}, // ERROR col=23 "unknown field Cost in struct literal of type Item"
	}
	total := 0.0
	for _, it := range items {
		total += it.Price
	}
	fmt.Println(c.Name, total)
}
