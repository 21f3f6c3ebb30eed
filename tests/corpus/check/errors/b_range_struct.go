// Ranging over a struct value and a pointer to a struct instead of over
// the slice field they contain.
package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

type Inventory struct {
	Items []Item
	Owner string
}

func count(inv *Inventory) int {
	n := 0
	for _, it := range inv { // ERROR col=21 "cannot range over inv (variable of type *Inventory)"
		n += it.Qty
	}
	return n
}

func main() {
	inv := Inventory{Items: []Item{{"apple", 3}, {"pear", 2}}, Owner: "lee"}
	for i, it := range inv { // ERROR col=21 "cannot range over inv (variable of struct type Inventory)"
		fmt.Println(i, it)
	}
	fmt.Println(count(&inv), inv.Owner)
}
