// Indexed array and slice literals: index 1 is given twice in a lookup
// table, and a fixed-size array literal lists more elements than fit.
package main

import "fmt"

type Weekday int

var dayNames = []string{
	0: "Sun",
	1: "Mon",
	2: "Tue",
	1: "Wed", // ERROR col=2 "duplicate index 1 in array or slice literal"
}

func main() {
	quarters := [4]string{"Q1", "Q2", "Q3", "Q4", "Q5"} // ERROR col=48 "index 4 is out of bounds (>= 4)"
	var d Weekday = 1
	fmt.Println(dayNames[d], len(quarters))
	for i, name := range dayNames {
		fmt.Printf("%d=%s ", i, name)
	}
	fmt.Println()
}
