// Function types as map values: a small calculator dispatching binary and
// unary operators by name, with errors for bad input.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

type BinOp func(a, b float64) (float64, error)
type UnOp func(float64) float64

var ErrDivZero = errors.New("division by zero")

var binary = map[string]BinOp{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": divide,
	"^": func(a, b float64) (float64, error) { return math.Pow(a, b), nil },
}

var unary = map[string]UnOp{
	"neg":  func(x float64) float64 { return -x },
	"sqrt": math.Sqrt,
	"abs":  math.Abs,
	"sq":   func(x float64) float64 { return x * x },
}

func divide(a, b float64) (float64, error) {
	if b == 0 {
		return 0, ErrDivZero
	}
	return a / b, nil
}

func eval(expr string) (float64, error) {
	f := strings.Fields(expr)
	switch len(f) {
	case 2:
		op, ok := unary[f[0]]
		if !ok {
			return 0, fmt.Errorf("unknown unary %q", f[0])
		}
		x, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return 0, err
		}
		return op(x), nil
	case 3:
		op, ok := binary[f[1]]
		if !ok {
			return 0, fmt.Errorf("unknown operator %q", f[1])
		}
		a, err1 := strconv.ParseFloat(f[0], 64)
		b, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil {
			return 0, err1
		} else if err2 != nil {
			return 0, fmt.Errorf("right operand: %w", err2)
		}
		return op(a, b)
	}
	return 0, fmt.Errorf("cannot parse %q", expr)
}

func main() {
	exprs := []string{"3 + 4", "10 / 4", "1 / 0", "2 ^ 10", "sqrt 2", "neg 5", "5 % 2", "x * 2", "cube 3", "1 2 3 4"}
	for _, e := range exprs {
		v, err := eval(e)
		switch {
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-8s => div by zero\n", e)
		case err != nil:
			fmt.Printf("%-8s => error: %v\n", e, err)
		default:
			fmt.Printf("%-8s => %g\n", e, v)
		}
	}
	names := make([]string, 0, len(binary)+len(unary))
	for k := range binary {
		names = append(names, k)
	}
	for k := range unary {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println("ops:", names)
	unary["cube"] = func(x float64) float64 { return x * x * x }
	fmt.Println(eval("cube 3"))
}
