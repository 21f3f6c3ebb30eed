// A reverse-Polish calculator: strconv parsing, a float stack, error
// values for malformed input, and a map of operator functions.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrStack = errors.New("stack underflow")

type binop func(a, b float64) (float64, error)

var ops = map[string]binop{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	},
}

func eval(expr string) (float64, error) {
	var st []float64
	for _, tok := range strings.Fields(expr) {
		if op, ok := ops[tok]; ok {
			if len(st) < 2 {
				return 0, fmt.Errorf("operator %q: %w", tok, ErrStack)
			}
			a, b := st[len(st)-2], st[len(st)-1]
			st = st[:len(st)-2]
			r, err := op(a, b)
			if err != nil {
				return 0, err
			}
			st = append(st, r)
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, fmt.Errorf("bad token %q: %v", tok, err)
		}
		st = append(st, v)
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("%d values left on stack", len(st))
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "1 0 /", "+", "2 x *", "1 2", "10 4 - 3 /"} {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-12q error: %v (underflow=%t)\n", e, err, errors.Is(err, ErrStack))
			continue
		}
		fmt.Printf("%-12q = %g\n", e, v)
	}
}
