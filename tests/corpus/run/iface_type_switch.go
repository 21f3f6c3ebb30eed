package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Point struct{ X, Y int }

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "deg" }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		if x < 0 {
			return "negative int " + strconv.Itoa(x)
		}
		return "int " + strconv.Itoa(x)
	case int8, int16, int32, int64:
		return fmt.Sprintf("sized int %T(%v)", x, x)
	case uint, uint8:
		return fmt.Sprintf("unsigned %d", x)
	case float64:
		return "float " + strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		return strconv.Quote(x) + " len " + strconv.Itoa(len(x))
	case bool:
		return "bool " + strconv.FormatBool(x)
	case []int:
		sum := 0
		for _, n := range x {
			sum += n
		}
		return fmt.Sprintf("[]int sum=%d", sum)
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case *MyErr:
		return fmt.Sprintf("*MyErr code=%d", x.Code)
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case Point:
		return fmt.Sprintf("point %d,%d", x.X, x.Y)
	case *Point:
		if x == nil {
			return "nil *Point"
		}
		x.X *= 10
		return fmt.Sprintf("ptr point now %v", *x)
	case func(int) int:
		return "func gives " + strconv.Itoa(x(7))
	case [2]string:
		return "array " + x[0] + x[1]
	case struct{}:
		return "empty struct"
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func kind(v interface{}) string {
	switch v.(type) {
	case int, int64, float64:
		return "number"
	case string, []byte:
		return "text"
	}
	return "other"
}

func main() {
	var np *Point
	p := &Point{1, 2}
	values := []interface{}{
		nil, 5, -3, int8(8), int64(1 << 40), uint8(255), uint(7), 3.25, "héllo", true,
		[]int{1, 2, 3}, map[string]int{"a": 1}, &MyErr{404}, errors.New("plain"),
		Temp(36.6), Point{3, 4}, p, np, func(n int) int { return n * n },
		[2]string{"a", "b"}, struct{}{}, 'r', []string{"x"}, [1]float32{},
	}
	for i, v := range values {
		fmt.Printf("%2d %s\n", i, classify(v))
	}
	fmt.Println("p after:", *p)
	for _, v := range []interface{}{1, int64(2), 2.5, "s", []byte("b"), nil, Point{}} {
		fmt.Print(kind(v), " ")
	}
	fmt.Println()
}
