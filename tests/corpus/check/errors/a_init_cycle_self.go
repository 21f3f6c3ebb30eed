// Package-level variables whose initializers use the variable itself, as
// if it already held an earlier value. Go 1.19 printed a three-line
// "initialization loop for banner"; current Go reports a self reference
// on one line.
package main

import (
	"fmt"
	"strings"
)

var banner string = strings.ToUpper(banner) + "!" // ERROR col=5 "initialization cycle: banner refers to itself"

var width = 20

var visits map[string]int = seed(visits) // ERROR col=5 "initialization cycle: visits refers to itself"

func seed(m map[string]int) map[string]int {
	if m == nil {
		m = map[string]int{}
	}
	m["home"] = 1
	return m
}

func frame(s string) string {
	line := strings.Repeat("-", width)
	return line + "\n" + s + "\n" + line
}

func main() {
	fmt.Println(frame(banner), visits["home"])
}
