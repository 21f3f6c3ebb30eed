// defer ordering, recover turning panics into errors, re-panicking with a
// custom value, and deferred closures that see final variable values.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type ParseError struct {
	Pos int
	Msg string
}

func (p ParseError) Error() string { return fmt.Sprintf("at %d: %s", p.Pos, p.Msg) }

func mustDigit(s string, i int) int {
	c := s[i]
	if c < '0' || c > '9' {
		panic(ParseError{i, fmt.Sprintf("%q is not a digit", c)})
	}
	return int(c - '0')
}

func parseDigits(s string) (sum int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if pe, ok := r.(ParseError); ok {
			err = pe
			sum = 0
			return
		}
		panic(r)
	}()
	for i := range s {
		sum += mustDigit(s, i)
	}
	return sum, nil
}

func trace(log *[]string, name string) func() {
	*log = append(*log, "enter "+name)
	return func() { *log = append(*log, "leave "+name) }
}

func nested(log *[]string) {
	defer trace(log, "nested")()
	for i := 0; i < 3; i++ {
		defer func(n int) { *log = append(*log, fmt.Sprint("deferred ", n)) }(i)
	}
	*log = append(*log, "body")
}

func indexSafely(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("index out of range recovered")
		}
	}()
	return xs[i], nil
}

func main() {
	for _, in := range []string{"1234", "12a4", ""} {
		s, err := parseDigits(in)
		var pe ParseError
		fmt.Printf("%q -> %d, %v (parse error: %t)\n", in, s, err, errors.As(err, &pe))
	}
	var log []string
	nested(&log)
	fmt.Println(strings.Join(log, " | "))

	fmt.Println(indexSafely([]int{1, 2, 3}, 1))
	fmt.Println(indexSafely([]int{1, 2, 3}, 5))

	x := 1
	func() {
		defer fmt.Println("deferred arg evaluated early:", x)
		defer func() { fmt.Println("closure sees late value:", x) }()
		x = 42
	}()

	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
	}()
	var m map[string]int
	m["boom"] = 1
}
