// return with too few or too many values. Go continues both messages
// with "have (...)" and "want (...)" lines:
//	have (int)
//	want (int, error)
// and
//	have (number)
//	want ()
package main

import (
	"errors"
	"fmt"
)

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s) // ERROR col=9 "not enough return values"
}

func report(n int) {
	fmt.Println(n)
	return 1 // ERROR col=9 "too many return values"
}

func main() {
	n, _ := parse("abc")
	report(n)
}
