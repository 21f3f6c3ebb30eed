// A type assertion on a value that is not of interface type.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 42
	s, ok := n.(string) // ERROR col=11 "invalid operation: n (variable of type int) is not an interface"
	fmt.Println(s, ok)
	var v any = strconv.Itoa(n)
	if t, ok := v.(string); ok {
		fmt.Println(t)
	}
}
