// Scoping: shadowing in if/for/switch init statements, block scopes,
// redeclaration with :=, and package-level variables.
package main

import (
	"fmt"
	"strconv"
)

var level = "package"

func parse(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err == nil {
		return n * 2, nil // the inner n and err shadow the results
	}
	n, err = -1, fmt.Errorf("not a number: %s", s)
	return
}

func main() {
	fmt.Println(level)
	level := "main"
	{
		level := "block"
		fmt.Println(level)
	}
	fmt.Println(level)

	x := 1
	if x := x + 1; x > 1 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)

	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Print(x, " ")
	}
	fmt.Println()

	a, err := parse("21")
	b, err := parse("zz") // err reused, b new
	fmt.Println(a, b, err)

	switch y := x * 3; y {
	case 3:
		x := "string now"
		fmt.Println(x, y)
	}
	fmt.Println(x)
}
