package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
}

type Grid [2][3]int

func main() {
	// Struct literals: positional, keyed, partial, empty, address-of.
	p1 := Point{1, 2}
	p2 := Point{X: 3, Y: 4}
	p3 := Point{Y: 5}
	p4 := Point{}
	pp := &Point{6, 7}
	ln := Line{A: Point{0, 0}, B: Point{X: 1}, Label: "diag"}

	// Arrays: explicit length, [...] length, indexed keys.
	a1 := [3]int{1, 2, 3}
	a2 := [...]string{"x", "y", "z"}
	a3 := [...]string{2: "c", 0: "a"}
	a4 := [5]float64{1: 1.5, 4: 4.5}
	g := Grid{{1, 2, 3}, {4, 5, 6}}

	// Slices and maps with elided element types.
	pts := []Point{{1, 2}, {3, 4}}
	ptrs := []*Point{{1, 2}, {X: 5}}
	named := map[string]Point{"a": {1, 2}, "b": {X: 3}}
	byPoint := map[Point]string{{1, 2}: "one-two", {0, 0}: "origin"}
	nested := [][]int{{1}, {2, 3}, {}}
	deep := map[string][]map[int]Point{"k": {{1: {1, 1}}}}
	arrOfArr := [...][2]int{{1, 2}, {3, 4}}
	ptrMap := map[string]*Point{"p": {9, 9}}

	// Literal spanning lines with trailing commas.
	lines := []Line{
		{
			A:     Point{1, 1},
			B:     Point{2, 2},
			Label: "first",
		},
		{Label: "second"},
	}

	// Empty literals of every kind.
	es := []int{}
	em := map[string]int{}
	ea := [0]int{}
	est := struct{}{}

	// Literals used directly as operands.
	n := len([]int{1, 2, 3})
	first := []string{"a", "b"}[0]
	val := map[string]int{"k": 7}["k"]
	x := Point{1, 2}.X

	fmt.Println(p1, p2, p3, p4, *pp, ln, a1, a2, a3, a4, g)
	fmt.Println(pts, *ptrs[0], named, byPoint, nested, deep, arrOfArr, *ptrMap["p"], lines)
	fmt.Println(es, em, ea, est, n, first, val, x)
}
