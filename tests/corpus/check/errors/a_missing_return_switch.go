// A switch is terminating only with a default case and no break in any
// case. Here: an expression switch without default, a type switch without
// default, and a switch whose case breaks out early.
package main

import "fmt"

type Weekday int

func (d Weekday) Name() string {
	switch d {
	case 0:
		return "Sunday"
	case 6:
		return "Saturday"
	}
} // ERROR col=1 "missing return"

func describe(v interface{}) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return "string " + x
	}
} // ERROR col=1 "missing return"

func discount(tier string, total float64) float64 {
	switch tier {
	case "gold":
		if total < 10 {
			break
		}
		return total * 0.8
	default:
		return total
	}
} // ERROR col=1 "missing return"

func main() {
	fmt.Println(Weekday(6).Name(), describe(3), discount("gold", 50))
}
