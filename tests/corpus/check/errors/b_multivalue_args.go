// A two-result function used where one value is needed: as an argument
// to strings.Repeat, as a struct field value, and as an if condition.
package main

import (
	"fmt"
	"strings"
)

type Bar struct {
	Label string
	Width int
}

var widths = map[string]int{"cpu": 12, "mem": 30}

func lookup(name string) (int, bool) {
	w, ok := widths[name]
	return w, ok
}

func known(name string) (bool, error) {
	_, ok := widths[name]
	return ok, nil
}

func main() {
	for _, name := range []string{"cpu", "mem", "disk"} {
		fmt.Println(name, strings.Repeat("#", lookup(name))) // ERROR col=41 "multiple-value lookup(name) (value of type (int, bool)) in single-value context"
		b := Bar{Label: name, Width: lookup(name)} // ERROR col=32 "multiple-value lookup(name) (value of type (int, bool)) in single-value context"
		if known(name) { // ERROR col=6 "multiple-value known(name) (value of type (bool, error)) in single-value context"
			fmt.Println(b.Label, b.Width)
		}
	}
}
