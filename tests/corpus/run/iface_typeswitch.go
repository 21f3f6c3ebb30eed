package main

import (
	"errors"
	"fmt"
	"strings"
)

type Celsius float64
type Point struct{ X, Y int }
type Named interface{ Name() string }
type Dog struct{}

func (Dog) Name() string { return "dog" }

type Cat struct{ nick string }

func (c *Cat) Name() string { return "cat:" + c.nick }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case int8:
		return fmt.Sprintf("int8 %d", x)
	case uint:
		return fmt.Sprintf("uint %d", x)
	case float64:
		return fmt.Sprintf("float64 %g", x)
	case Celsius:
		return fmt.Sprintf("temperature %.1f°C", float64(x))
	case string:
		if x == "" {
			return "empty string"
		}
		return "string " + strings.ToUpper(x)
	case bool:
		if x {
			return "yes"
		}
		return "no"
	case []int:
		return fmt.Sprintf("int slice len %d", len(x))
	case []string:
		return "strings " + strings.Join(x, "+")
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case Point:
		return fmt.Sprintf("point at %d,%d", x.X, x.Y)
	case *Point:
		if x == nil {
			return "nil *Point"
		}
		return fmt.Sprintf("pointer to point %v", *x)
	case error:
		return "error: " + x.Error()
	case Named:
		return "named " + x.Name()
	case func(int) int:
		return fmt.Sprintf("func giving %d", x(2))
	case [2]bool:
		return fmt.Sprintf("bool pair %v", x)
	case struct{}:
		return "empty struct"
	case rune:
		return fmt.Sprintf("rune %q", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var np *Point
	values := []interface{}{
		nil, 42, int64(-7), int8(3), uint(9), 3.5, Celsius(21.5), "", "go", true, false,
		[]int{1, 2}, []string{"a", "b"}, map[string]int{"x": 1}, Point{1, 2}, &Point{3, 4}, np,
		errors.New("boom"), Dog{}, &Cat{"tom"}, Cat{"val"}, func(n int) int { return n * n },
		[2]bool{true, false}, struct{}{}, 'x', byte(7), []interface{}{1},
	}
	for i, v := range values {
		fmt.Printf("%2d %s\n", i, describe(v))
	}
	counts := map[string]int{}
	for _, v := range values {
		switch v.(type) {
		case int, int8, int64, uint, uint8, rune:
			counts["integers"]++
		case float64, Celsius:
			counts["floats"]++
		case fmt.Stringer:
			counts["stringers"]++
		default:
			counts["rest"]++
		}
	}
	fmt.Println(counts)
}
