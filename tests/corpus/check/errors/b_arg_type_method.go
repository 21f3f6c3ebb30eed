// Arguments of the wrong type to methods: a quantity read as a string is
// passed where an int is expected, and a price is passed as an int to a
// float64 parameter.
package main

import (
	"fmt"
	"strings"
)

type Cart struct {
	items map[string]int
	total float64
}

func (c *Cart) Add(name string, qty int) {
	c.items[name] += qty
}

func (c *Cart) Charge(amount float64) {
	c.total += amount
}

func main() {
	c := &Cart{items: map[string]int{}}
	fields := strings.Fields("apple 3")
	c.Add(fields[0], fields[1]) // ERROR col=19 "cannot use fields[1] (variable of type string) as int value in argument to c.Add"
	cents := 250
	c.Charge(cents) // ERROR col=11 "cannot use cents (variable of type int) as float64 value in argument to c.Charge"
	fmt.Println(c.items, c.total)
}
