package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Names []string
type Registry map[string][]int
type Handler func(string) error
type Point struct{ X, Y int }
type Shape interface{ Area() float64 }
type Square struct{ Side float64 }
type Alias = Point
type Matrix [2][2]float64
type Status uint8
type Tree struct {
	Left, Right *Tree
	Val         int
}

type ParseErr struct{ Line int }

func (e *ParseErr) Error() string { return "parse error" }

func (s Square) Area() float64 { return s.Side * s.Side }
func (p *Point) Move(dx int)   { p.X += dx }

func main() {
	var shape Shape = Square{2}
	var nilShape Shape
	var err error = &ParseErr{3}
	var nilErr error
	p := Point{1, 2}
	values := []interface{}{
		42, int8(1), int16(2), int32(3), int64(4), uint(5), uint16(6), uint32(7), uint64(8), uintptr(9),
		byte('a'), 'a', 3.14, float32(2.5), true, "str",
		Celsius(36.6), Names{"a"}, Registry{}, Handler(nil), p, &p, Alias{}, Matrix{},
		Status(1), &Tree{}, shape, nilShape, err, nilErr,
		[]int{}, []string(nil), [3]bool{}, [][]float64{}, map[string]int{}, map[Point][]string{},
		map[string]interface{}{}, []interface{}{1}, struct{}{}, struct {
			A int
			B string
		}{}, &[]int{}, new(int), new(*int), []*Point{},
		func() {}, func(int, string) (bool, error) { return false, nil }, func(...int) {},
		fmt.Sprintf, errors.New, p.Move, (*Point).Move, shape.Area, Square.Area,
		[]Shape{}, map[Status]Celsius{}, [0]int{}, []byte("x"), []rune("y"),
	}
	for i, v := range values {
		fmt.Printf("%-3d%T\n", i, v)
	}
	fmt.Printf("%T %T %T\n", nil, []interface{}{nil}, [2]error{})
	var iface interface{} = Celsius(1)
	fmt.Printf("%T %v\n", iface, iface)
	iface = &iface
	fmt.Printf("%T\n", iface)
	fmt.Println(fmt.Sprintf("%T", 1.5) == "float64", fmt.Sprintf("%T", 'x'+1))
	const untypedFloat = 1 << 3
	fmt.Printf("%T %T %T %T\n", untypedFloat, untypedFloat*1.0, 1/2, 1/2.0)
	fmt.Printf("%10T|%-10T|\n", 1, "s")
}
