// Type assertions on values that are not interfaces: an int read from a
// map and a struct value.
package main

import (
	"fmt"
	"strconv"
)

type Settings struct {
	Values map[string]int
	Name   string
}

func main() {
	s := Settings{Values: map[string]int{"retries": 3}, Name: "svc"}
	n := s.Values["retries"]
	if v, ok := n.(int); ok { // ERROR col=14 "invalid operation: n (variable of type int) is not an interface"
		fmt.Println("retries:", v)
	}
	name := s.(fmt.Stringer) // ERROR col=10 "invalid operation: s (variable of struct type Settings) is not an interface"
	fmt.Println(name, strconv.Itoa(len(s.Values)))
}
