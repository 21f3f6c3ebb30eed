// ++ on a value of a named string type and on a pointer: the pointer is
// incremented instead of the integer it points to.
package main

import "fmt"

type Label string

type Counter struct {
	name  Label
	hits  int
	total *int
}

func (c *Counter) Hit() {
	c.hits++
	c.total++ // ERROR col=2 "invalid operation: c.total++ (non-numeric type *int)"
}

func main() {
	sum := 0
	c := &Counter{name: "home", total: &sum}
	c.Hit()
	c.Hit()
	next := c.name
	next++ // ERROR col=2 "invalid operation: next++ (non-numeric type Label)"
	fmt.Println(c.name, c.hits, sum, next)
}
