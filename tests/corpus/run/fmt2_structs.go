package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Inner struct {
	A int
	B string
}

type Outer struct {
	Inner
	Ptr    *Inner
	List   []Inner
	M      map[string]Inner
	C      Color
	F      float64
	Iface  interface{}
	hidden bool
}

type Empty struct{}

type Point struct{ X, Y int }

func main() {
	o := Outer{
		Inner: Inner{1, "one"},
		List:  []Inner{{2, "two"}, {3, ""}},
		M:     map[string]Inner{"k": {4, "four"}},
		C:     Green,
		F:     2.50,
		Iface: Point{5, 6},
	}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v %+v %#v\n", o.Inner, o.Inner, o.Inner)
	fmt.Printf("%#v\n", o.List)
	fmt.Printf("%#v\n", o.M)
	fmt.Printf("%#v %#v %#v\n", o.C, o.F, o.Iface)
	fmt.Printf("%v %+v %#v\n", Empty{}, Empty{}, Empty{})
	fmt.Printf("%v %+v %#v\n", []Empty{{}, {}}, [1]Empty{}, map[Empty]int{{}: 1})
	fmt.Printf("%#v %#v %#v\n", []int(nil), []int{}, map[string]int(nil))
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 3.0, true)
	fmt.Printf("%#v %#v %#v\n", int8(-1), uint(7), 1e21)
	fmt.Printf("%#v %#v\n", [2]bool{true}, struct{ A []string }{[]string{"x"}})
	fmt.Printf("%#v\n", Point{})
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, Point{1, 2}})
	fmt.Printf("%#v %#v\n", 'x', byte('x'))
	var np *Point
	fmt.Printf("%v %+v\n", np, np)
	fmt.Printf("%s\n", Point{1, 2})
	fmt.Printf("%d\n", Point{1, 2})
	fmt.Printf("%x\n", Inner{255, "hi"})
	fmt.Printf("%5v|%-5v|%05v\n", Point{1, 2}, Point{3, 4}, Point{5, 6})
	fmt.Printf("%v\n", [][]Point{{{1, 2}}, {}, nil})
	fmt.Printf("%+v\n", map[Point]string{{2, 1}: "b", {1, 2}: "a"})
	type Tree struct {
		L, R *Tree
		V    int
	}
	leaf := Tree{V: 1}
	fmt.Printf("%v %+v\n", leaf, leaf)
	anon := struct {
		Name  string
		Score float32
		Tags  []string
	}{"anon", 9.5, nil}
	fmt.Printf("%v\n%+v\n%#v\n", anon, anon, anon)
}
