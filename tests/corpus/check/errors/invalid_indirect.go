// Dereferencing values that are not pointers.
package main

import "fmt"

type Person struct {
	Name string
}

func main() {
	n := 5
	p := &Person{"ann"}
	fmt.Println(*n) // ERROR col=15 "invalid operation: cannot indirect n (variable of type int)"
	fmt.Println(*p.Name) // ERROR col=15 "invalid operation: cannot indirect p.Name (variable of type string)"
	fmt.Println((*p).Name)
}
