// Conditions that are not boolean, as C programmers write them.
package main

import "fmt"

func main() {
	n := 3
	if n { // ERROR col=5 "non-boolean condition in if statement"
		fmt.Println("nonzero")
	}
	for n { // ERROR col=6 "non-boolean condition in for statement"
		n--
	}
	for n > 0 {
		n--
	}
}
