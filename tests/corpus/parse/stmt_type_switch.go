package main

import (
	"errors"
	"fmt"
	"io"
)

type Shape interface{ Area() float64 }
type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64 { return 3.14159 * c.R * c.R }
func (r *Rect) Area() float64  { return r.W * r.H }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice ", len(x))
	case map[string]int:
		return "map"
	case func() error:
		return "func"
	case chan<- int, <-chan int:
		return "directional channel"
	case *Rect:
		return fmt.Sprint("rect ", x.W)
	case Shape:
		return fmt.Sprint("shape ", x.Area())
	case error:
		return x.Error()
	case struct{ A int }:
		return "anonymous struct"
	case interface{ Len() int }:
		return "has Len"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func kind(v any) string {
	// Type switch without binding.
	switch v.(type) {
	case bool:
		return "bool"
	case float32, float64:
		return "float"
	case nil, io.Reader:
		return "nil or reader"
	}
	return "?"
}

func main() {
	fmt.Println(describe(nil), describe(3), describe("hi"), describe([]int{1}))
	fmt.Println(describe(&Rect{2, 3}), describe(Circle{1}), describe(errors.New("boom")), describe(1.5))
	fmt.Println(kind(true), kind(2.0), kind(nil))

	// Type switch with an init statement.
	switch s := Shape(Circle{2}); t := s.(type) {
	case Circle:
		fmt.Println("circle", t.R)
	}

	// Parenthesized guard expression.
	var e interface{} = 'r'
	switch r := (e).(type) {
	case rune:
		fmt.Println("rune", r)
	}
}
