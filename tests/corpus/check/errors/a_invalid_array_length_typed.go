// More invalid array lengths: a typed negative constant, a constant
// expression that comes out negative, and a length computed by a function
// call, which is not a constant.
package main

import (
	"fmt"
	"strings"
)

const slots int = -4

const capacity = 8

type Table struct {
	rows  [slots]string         // ERROR col=9 "invalid array length slots (constant -4 of type int)"
	spare [capacity - 10]string // ERROR col=9 "invalid array length capacity - 10 (untyped int constant -2)"
}

func header(cols []string) string {
	var widths [len(strings.Join(cols, ""))]int // ERROR col=14 "array length len(strings.Join(cols, \"\")) (value of type int) must be constant"
	return fmt.Sprint(cols, len(widths))
}

func main() {
	var t Table
	fmt.Println(header([]string{"id", "name"}), t)
}
