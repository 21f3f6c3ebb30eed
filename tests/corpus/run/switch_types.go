package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Celsius float64

type Point struct{ X, Y int }

type Stringer interface {
	String() string
}

func (p Point) String() string { return "(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")" }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil value"
	case int:
		if x < 0 {
			return "negative int " + strconv.Itoa(x)
		}
		return "int " + strconv.Itoa(x)
	case int64, int32:
		return fmt.Sprintf("sized int %v (%T)", x, x)
	case float64:
		return fmt.Sprintf("float64 %.3f", x)
	case Celsius:
		return fmt.Sprintf("temperature %.1fC", float64(x))
	case string:
		return "string " + strconv.Quote(x) + " of len " + strconv.Itoa(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprintf("slice of %d ints", len(x))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case func() int:
		return "func returning " + strconv.Itoa(x())
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func sumNumbers(vals ...interface{}) float64 {
	total := 0.0
	for _, v := range vals {
		switch n := v.(type) {
		case int:
			total += float64(n)
		case float64:
			total += n
		case string:
			if i, err := strconv.Atoi(n); err == nil {
				total += float64(i)
			}
		}
	}
	return total
}

func main() {
	values := []interface{}{
		nil, 7, -3, int64(1 << 40), int32(5), 2.5, Celsius(21.5),
		"héllo", true, false, []int{1, 2}, map[string]int{"a": 1},
		errors.New("boom"), Point{1, 2}, &Point{3, 4},
		func() int { return 9 }, []string{"x"}, struct{}{}, uint8(200),
	}
	for i, v := range values {
		fmt.Printf("%2d: %s\n", i, describe(v))
	}
	fmt.Println(sumNumbers(1, 2.5, "10", "x", true, 3))

	var v interface{} = Point{5, 6}
	switch v.(type) {
	case Stringer:
		fmt.Println("is Stringer:", v)
	}
	if p, ok := v.(Point); ok {
		fmt.Println(p.X + p.Y)
	}
	if _, ok := v.(*Point); !ok {
		fmt.Println("not *Point")
	}
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
}
