// Map elements and call results are not addressable.
package main

import "fmt"

func next() int { return 1 }

func main() {
	ages := map[string]int{"bob": 40}
	p := &ages["bob"] // ERROR col=8 "invalid operation: cannot take address of ages[\"bob\"] (map index expression of type int)"
	q := &next() // ERROR col=8 "invalid operation: cannot take address of next() (value of type int)"
	n := ages["bob"]
	fmt.Println(p, q, &n)
}
