// Selectors that name neither a field nor a method of the type, one
// lower-case and one exported, on a value and through a pointer. None
// of them is a misspelling of an existing name, so the message has no
// "but does have" hint.
package main

import "fmt"

type Item struct {
	SKU   string
	Price float64
}

type Cart struct {
	Items []Item
	Owner string
}

func (c *Cart) Add(it Item) { c.Items = append(c.Items, it) }

func main() {
	c := &Cart{Owner: "ana"}
	c.Add(Item{"A1", 2.5})
	c.Add(Item{"B2", 4})
	fmt.Println(c.discount) // ERROR col=16 "c.discount undefined (type *Cart has no field or method discount)"
	var sum float64
	for _, it := range c.Items {
		sum += it.Price * it.Quantity // ERROR col=24 "it.Quantity undefined (type Item has no field or method Quantity)"
	}
	c.Checkout(sum) // ERROR col=4 "c.Checkout undefined (type *Cart has no field or method Checkout)"
	fmt.Println(c.Owner, sum)
}
