package main

import "fmt"

// Arrays, slices, maps, pointers and nested combinations.
type (
	Arr      [5]int
	ArrExpr  [2 * 4]string
	ArrConst [size]float64
	Slice    []string
	Matrix   [][]float64
	Cube     [2][2][2]int
	Dict     map[string]int
	MapOfMap map[string]map[int][]string
	PtrPtr   **int
	PtrArr   *[3]int
	ArrPtr   [3]*int
	SliceFn  []func(int) bool
	MapKeyS  map[struct{ x, y int }]bool
	MapArr   map[[2]int]*[]map[string]chan<- error
)

// Parenthesized types in every position.
type (
	ParenSlice []( int)
	ParenPtr   *(Arr)
	ParenMap   map[(string)](*int)
	ParenChan  chan (int)
	ParenArr   [2](func() (int))
	ParenParen ((Slice))
)

var parenVar (int) = 3

const size = 3

func main() {
	var a Arr
	a[0] = 1
	var m MapOfMap = map[string]map[int][]string{"x": {1: {"one"}}}
	n := 5
	pn := &n
	var pp PtrPtr = &pn
	**pp = 6
	arr := [3]int{1, 2, 3}
	var pa PtrArr = &arr
	pa[1] = 20
	var grid Cube
	grid[1][1][1] = 8
	keys := MapKeyS{{1, 2}: true}
	var ps ParenSlice = [](int){parenVar}
	var pm ParenMap = map[(string)]*(int){"n": &n}
	var pc ParenChan = make(chan (int), 1)
	fmt.Println(ps, *pm["n"], cap(pc), ParenArr{}, ParenParen{"p"}, ParenPtr(nil))
	fmt.Println(a, m["x"][1][0], n, *pa, grid, keys, len(ArrExpr{}), ArrConst{}, Matrix{{1}}, Slice(nil) == nil)
}
