// Type switches with several types per case, a bound variable whose type
// depends on the case, nil cases, and custom types in the mix.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Celsius float64
type Tags []string
type Pair struct{ K, V string }

func (p Pair) String() string { return p.K + ":" + p.V }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8, int16, int32, int64:
		return fmt.Sprintf("signed %v (%T)", x, x)
	case uint, uint8, uint16, uint32, uint64:
		return fmt.Sprintf("unsigned %v", x)
	case float32, float64, Celsius:
		return fmt.Sprintf("float-ish %v", x)
	case string:
		return "string of " + strconv.Itoa(len(x)) + " bytes"
	case []string, Tags:
		return fmt.Sprintf("string list %v", x)
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case func(int) int:
		return "func giving " + strconv.Itoa(x(20))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func toFloat(v any) (float64, error) {
	switch n := v.(type) {
	case int:
		return float64(n), nil
	case int64:
		return float64(n), nil
	case float64:
		return n, nil
	case Celsius:
		return float64(n), nil
	case string:
		return strconv.ParseFloat(strings.TrimSpace(n), 64)
	}
	return 0, fmt.Errorf("cannot convert %T", v)
}

func main() {
	values := []any{
		nil, 42, int8(-3), uint16(7), 2.5, Celsius(36.6), "héllo",
		[]string{"a"}, Tags{"b", "c"}, errors.New("boom"), Pair{"k", "v"},
		func(n int) int { return n * 2 }, map[string]int{"x": 1}, struct{}{},
	}
	for i, v := range values {
		fmt.Printf("%2d %s\n", i, describe(v))
	}
	sum := 0.0
	for _, v := range []any{1, int64(2), 3.5, Celsius(4), " 5.25 ", true} {
		f, err := toFloat(v)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		sum += f
	}
	fmt.Println("sum:", sum)
}
