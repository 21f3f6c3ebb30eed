package main

import "fmt"

// Named (defined) types.
type Celsius float64
type Fahrenheit float64
type Names []string
type Lookup map[string]int
type IntPtr *int
type Grid [4][4]byte
type Parens (int)
type PtrToParens *(Celsius)

// Alias declarations.
type Temperature = Celsius
type Byte = uint8
type StringMap = map[string]string

// Grouped type declarations, mixing defined types and aliases.
type (
	Point struct {
		X, Y int
	}
	Vec   = Point
	Path  []Point
	Table map[Point]Path
	Op    func(a, b int) int
)

type ()

// Recursive types.
type Node struct {
	Value int
	Next  *Node
	Kids  []*Node
}

type List []List

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	// Local type declarations.
	type pair struct{ a, b int }
	type alias = pair
	type (
		id   int
		name = string
	)
	var t Temperature = 100
	var b Byte = 'A'
	var v Vec = Point{1, 2}
	n := &Node{Value: 1, Next: &Node{Value: 2}}
	fmt.Println(CToF(t), b, v, n.Next.Value, alias{1, 2}, id(3), name("x"))
	fmt.Println(Names{"a"}, Lookup{"k": 1}, Grid{}, Parens(7), StringMap{}, Path{v}, Table{}, List{nil})
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add(1, 2))
}
