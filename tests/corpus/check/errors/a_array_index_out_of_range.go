// Constant indices into fixed-size arrays are checked at compile time:
// one past the end, a negative index, and a slice bound beyond the
// array's capacity (the bound may equal the length, so [0:6] for 5).
package main

import "fmt"

type Week [7]string

var days = Week{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func weekend() []string {
	return []string{days[0], days[7]} // ERROR col=32 "invalid argument: index 7 out of bounds [0:7]"
}

func main() {
	var scores [5]int
	for i := range scores {
		scores[i] = i * 10
	}
	scores[-1] = 99    // ERROR col=9 "invalid argument: index -1 (constant of type int) must not be negative"
	top := scores[2:8] // ERROR col=18 "invalid argument: index 8 out of bounds [0:6]"
	fmt.Println(weekend(), top, scores[4])
}
