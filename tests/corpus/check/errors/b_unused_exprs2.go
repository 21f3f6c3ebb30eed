// More dropped values: len of a slice, a comparison meant as an
// assignment, and a map lookup.
package main

import "fmt"

type Cache struct {
	hits map[string]int
	keys []string
}

func (c *Cache) Touch(k string) {
	if _, ok := c.hits[k]; !ok {
		c.keys = append(c.keys, k)
		len(c.keys) // ERROR col=3 "len(c.keys) (value of type int) is not used"
	}
	c.hits[k]++
}

func main() {
	c := &Cache{hits: map[string]int{}}
	c.Touch("a")
	c.Touch("a")
	done := false
	done == true // ERROR col=2 "done == true (untyped bool value) is not used"
	c.hits["a"] // ERROR col=2 "c.hits[\"a\"] (map index expression of type int) is not used"
	fmt.Println(done, c.keys)
}
