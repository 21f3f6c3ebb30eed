// Arguments for a variadic parameter must each have its element type: a
// string among ints, an int among strings (after a fixed parameter), and
// an int appended to a slice of strings.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func joinWith(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func main() {
	fmt.Println(sum(1, 2, "3")) // ERROR col=24 "cannot use \"3\" (untyped string constant) as int value in argument to sum"
	port := 8080
	fmt.Println(joinWith(":", "localhost", port)) // ERROR col=41 "cannot use port (variable of type int) as string value in argument to joinWith"
	names := []string{"ana"}
	names = append(names, "bo", 42) // ERROR col=30 "cannot use 42 (untyped int constant) as string value in argument to append"
	fmt.Println(names)
}
