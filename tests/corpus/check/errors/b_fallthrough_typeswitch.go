// fallthrough is not permitted in a type switch, nor in a loop body
// outside any switch.
package main

import (
	"fmt"
	"strconv"
)

func render(v interface{}) string {
	switch x := v.(type) {
	case int:
		if x < 0 {
			return "-" + strconv.Itoa(-x)
		}
		fallthrough // ERROR col=3 "cannot fallthrough in type switch"
	case uint:
		return fmt.Sprint(x)
	default:
		return "?"
	}
}

func main() {
	vals := []interface{}{3, uint(4), "x"}
	for i, v := range vals {
		fmt.Println(i, render(v))
		if i == 0 {
			continue
		}
		fallthrough // ERROR col=3 "fallthrough statement out of place"
	}
}
