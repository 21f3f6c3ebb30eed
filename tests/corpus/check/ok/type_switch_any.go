// Type switches over any: several types per case, the nil case, named
// types, and interface cases; type assertions with ok.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Temperature float64

func (t Temperature) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°" }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of length " + strconv.Itoa(len(x))
	case []int:
		return fmt.Sprintf("slice with %d ints", len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func toFloat(v any) (float64, bool) {
	if f, ok := v.(float64); ok {
		return f, true
	}
	if t, ok := v.(Temperature); ok {
		return float64(t), true
	}
	return 0, false
}

func main() {
	values := []any{nil, 3, int64(4), "hi", []int{1, 2}, errors.New("boom"),
		Temperature(21.5), func() int { return 7 }, 2.5, map[string]int{}}
	for _, v := range values {
		fmt.Println(classify(v))
	}
	for _, v := range values[6:9] {
		if f, ok := toFloat(v); ok {
			fmt.Println("float", f)
		}
	}
	var s fmt.Stringer = Temperature(-3)
	_, isTemp := s.(Temperature)
	fmt.Println(isTemp)
}
