// Conversions Go does not allow: a string to an int (strconv.Atoi is
// needed), a float64 to a string (strconv.FormatFloat or fmt), and a
// string to a slice of ints.
package main

import (
	"fmt"
	"strconv"
)

type Item struct {
	Name  string
	Qty   string
	Price float64
}

func main() {
	it := Item{Name: "pen", Qty: "12", Price: 1.25}
	qty := int(it.Qty)                          // ERROR col=13 "cannot convert it.Qty (variable of type string) to type int"
	label := it.Name + " @ " + string(it.Price) // ERROR col=36 "cannot convert it.Price (variable of type float64) to type string"
	digits := []int(it.Qty)                     // ERROR col=18 "cannot convert it.Qty (variable of type string) to type []int"
	n, err := strconv.Atoi(it.Qty)
	fmt.Println(qty, label, digits, n, err)
}
