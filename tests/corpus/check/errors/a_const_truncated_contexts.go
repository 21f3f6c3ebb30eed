// Untyped float constants with a fraction where an integer is expected:
// an argument, a slice literal element, and a map index. When the
// constant is an expression, its value is printed too.
package main

import "fmt"

const ratio = 3.0 / 4

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	fmt.Println(repeat("ab", 2.5))      // ERROR col=27 "cannot use 2.5 (untyped float constant) as int value in argument to repeat (truncated)"
	widths := []int{10, 20, ratio * 10} // ERROR col=26 "cannot use ratio * 10 (untyped float constant 7.5) as int value in array or slice literal (truncated)"
	byCount := map[int]string{1: "one", 2: "two"}
	fmt.Println(widths, byCount[1.5]) // ERROR col=30 "cannot use 1.5 (untyped float constant) as int value in map index (truncated)"
}
