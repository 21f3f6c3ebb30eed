// Functions whose last statement is an if without a final else, so
// control can fall off the end. The error is at the closing brace.
package main

import (
	"fmt"
	"strconv"
)

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	}
} // ERROR col=1 "missing return"

func parsePort(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	if n > 0 && n < 65536 {
		return n, nil
	}
} // ERROR col=1 "missing return"

func sign(n int) string {
	if n < 0 {
		return "-"
	} else {
		return "+"
	}
}

func main() {
	p, err := parsePort("8080")
	fmt.Println(grade(85), p, err, sign(-3))
}
