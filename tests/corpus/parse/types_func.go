package main

import "fmt"

// Function types with every parameter/result shape.
type (
	Nullary    func()
	Unary      func(int) int
	Binary     func(a, b int) int
	Unnamed2   func(int, string) (bool, error)
	NamedRes   func(x float64) (result float64, err error)
	Variadic   func(format string, args ...interface{}) string
	VarOnly    func(...int) int
	Higher     func(func(int) int) func(int) int
	ReturnsFn  func() func() int
	ChanFn     func(chan<- int, <-chan string)
	ParenRes   func() (int)
	ParenParam func((int), *(string))
	BlankParam func(_ int, _ string)
)

func apply(f Unary, v int) int { return f(v) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func main() {
	var nop Nullary = func() {}
	var inc Unary = func(x int) int { return x + 1 }
	var sum VarOnly = func(xs ...int) (t int) {
		for _, x := range xs {
			t += x
		}
		return
	}
	var h Higher = func(f func(int) int) func(int) int { return compose(f, f) }
	var fs []func() = []func(){nop, func() { fmt.Println("second") }}
	var table = map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
	}
	var r ReturnsFn = counter
	nop()
	fmt.Println(apply(inc, 1), sum(1, 2, 3), h(inc)(0), len(fs), table["add"](1, 2), r()())
}
