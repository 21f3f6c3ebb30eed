// A function that the strings package does not have, and an unexported
// name from another package.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "gomini"
	fmt.Println(strings.Reverse(s)) // ERROR col=22 "undefined: strings.Reverse"
	fmt.Println(strings.ToUpper(s))
}
