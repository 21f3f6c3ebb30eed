package main

import (
	"errors"
	"fmt"
)

type Color struct{ R, G, B uint8 }

type ID int

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func safeEqual(a, b interface{}) (eq bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a == b, nil
}

func main() {
	var a, b interface{}
	fmt.Println("nil == nil:", a == b)
	a, b = 3, 3
	fmt.Println("3 == 3:", a == b)
	b = int64(3)
	fmt.Println("int 3 == int64 3:", a == b)
	b = ID(3)
	fmt.Println("int 3 == ID 3:", a == b, "ID(3) == ID(3):", b == interface{}(ID(3)))
	a, b = "go", "go"
	fmt.Println("strings:", a == b)
	a, b = Color{1, 2, 3}, Color{1, 2, 3}
	fmt.Println("structs:", a == b, a == Color{1, 2, 4})
	a, b = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println("arrays:", a == b)

	c1 := &Circle{2}
	c2 := &Circle{2}
	var s1, s2 Shape = c1, c2
	fmt.Println("different pointers:", s1 == s2, "same pointer:", s1 == Shape(c1))
	var s3, s4 Shape = Square{2}, Square{2}
	fmt.Println("square values:", s3 == s4, "square vs circle:", s3 == s1)
	fmt.Println("areas:", s3.Area(), s1.Area())

	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println("errors.New twice equal:", e1 == e2, "self:", e1 == e1)

	for _, pair := range [][2]interface{}{
		{[]int{1}, []int{1}},
		{map[string]int{}, 1},
		{1, []int{1}},
		{func() {}, nil},
		{[1]interface{}{[]int{}}, [1]interface{}{[]int{}}},
	} {
		eq, err := safeEqual(pair[0], pair[1])
		fmt.Printf("%T vs %T: eq=%v err=%v\n", pair[0], pair[1], eq, err)
	}

	set := map[interface{}]string{}
	set[1] = "int one"
	set[int8(1)] = "int8 one"
	set["1"] = "string one"
	set[Color{255, 0, 0}] = "red"
	set[ID(1)] = "ID one"
	set[Color{255, 0, 0}] = "red again"
	fmt.Println(len(set), set[1], set[ID(1)], set[Color{255, 0, 0}], set[2] == "")

	func() {
		defer func() { fmt.Println("map key panic:", recover()) }()
		set[[]int{1}] = "nope"
	}()
}
