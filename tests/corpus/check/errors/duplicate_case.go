// Duplicate constant cases in expression switches. Go continues each
// message with a line "\tFILE:LINE:COL: previous case".
package main

import "fmt"

func name(code int) string {
	switch code {
	case 1:
		return "one"
	case 2, 3:
		return "few"
	case 4, 2: // ERROR col=10 "duplicate case 2 (constant of type int) in expression switch"
		return "dup"
	}
	return "many"
}

func kind(s string) int {
	switch s {
	case "a", "b":
		return 1
	case "b": // ERROR col=7 "duplicate case \"b\" (constant of type string) in expression switch"
		return 2
	}
	return 0
}

func main() {
	fmt.Println(name(2), kind("b"))
}
