// Assigning values of the wrong type to variables.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	var name string
	n := 42
	name = n // ERROR col=9 "cannot use n (variable of type int) as string value in assignment"
	name = strconv.Itoa(n)
	var ok bool = name // ERROR col=16 "cannot use name (variable of type string) as bool value in variable declaration"
	var ids []int
	ids = append(ids, n)
	var total float64
	total = ids[0] // ERROR col=10 "cannot use ids[0] (variable of type int) as float64 value in assignment"
	fmt.Println(name, ok, total)
}
