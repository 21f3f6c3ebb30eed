package main

import (
	"errors"
	"fmt"
	"strings"
)

type Celsius float64
type Handler func(string) error
type Registry map[string][]Handler

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Node struct {
	Next *Node
	Val  interface{}
}

func variadic(prefix string, xs ...int) (int, error) { return len(xs), nil }

func main() {
	values := []interface{}{
		1, int8(1), uint16(1), int64(1), uintptr(1), 1.5, float32(1.5),
		"s", 'r', byte('b'), true, nil,
		[]int{}, [3]string{}, [0]int{}, map[string]int{}, map[int][]string{}, map[[2]int]*Node{},
		struct{}{}, struct {
			A int
			B string
		}{}, &struct{ X int }{},
		Celsius(3), Sq{2}, &Sq{1}, Node{}, &Node{}, []*Node{}, Registry{}, Handler(nil),
		func() {}, func(int) string { return "" }, func(a, b int, s ...string) (bool, error) { return false, nil },
		variadic, strings.ToUpper, fmt.Sprintf, errors.New, main,
		[]error{}, []interface{}{}, map[string]interface{}{},
		[]Shape{}, new(int), new([]int), new(map[string]bool), [][]float64{}, [2][2]bool{},
		(*Shape)(nil), func() func() int { return nil },
	}
	for i, v := range values {
		fmt.Printf("%2d %T\n", i, v)
	}
	var s Shape = Sq{3}
	fmt.Printf("%T %v %.1f\n", s, s, s.Area())
	var e error
	fmt.Printf("%T|%v\n", e, e)
	var st fmt.Stringer
	fmt.Printf("%T %T\n", st, []fmt.Stringer{})
	fmt.Printf("%T %T\n", fmt.Println, fmt.Fprintf)
	fmt.Printf("%10T|%-10T|\n", 1, "x")
	fmt.Println(fmt.Sprintf("%T", values) == "[]interface {}")
}
