// Expression statements whose values are dropped: a bare variable, an
// increment written as count + 1, and a field read.
package main

import "fmt"

type Product struct {
	Name  string
	Stock int
}

func restock(items []Product) int {
	count := 0
	for i := range items {
		if items[i].Stock == 0 {
			items[i].Stock = 10
			count + 1 // ERROR col=4 "count + 1 (value of type int) is not used"
		}
	}
	count // ERROR col=2 "count (variable of type int) is not used"
	return count
}

func main() {
	items := []Product{{"bolt", 0}, {"nut", 4}}
	n := restock(items)
	items[0].Name // ERROR col=2 "items[0].Name (variable of type string) is not used"
	fmt.Println(n, items)
}
