package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func pair() (int, int) { return 3, 4 }

func main() {
	// Variadic calls with spread arguments.
	xs := []int{1, 2, 3}
	total := sum(xs...)
	none := sum()
	some := sum(1, 2)
	strs := []interface{}{"a", 1}
	fmt.Println(strs...)
	joined := strings.Join([]string{"x", "y"}, ",")

	// Multi-line calls with trailing commas.
	fmt.Println(
		total,
		none,
		some,
		joined,
	)

	// Passing a multi-valued call directly.
	fmt.Println(pair())

	// Builtins: new, make, len, cap, append, copy, delete, close, complex, real, imag.
	ip := new(int)
	pp := new(Point)
	sp := new([]string)
	s1 := make([]int, 3)
	s2 := make([]int, 0, 10)
	m1 := make(map[string]int)
	m2 := make(map[string][]int, 8)
	c1 := make(chan int)
	c2 := make(chan<- string, 1)
	s2 = append(s2, 1, 2, 3)
	s2 = append(s2, s1...)
	bs := append([]byte("ab"), "cd"...)
	n := copy(s1, s2)
	m1["a"] = 1
	delete(m1, "a")
	close(c1)

	// min, max and clear (Go 1.21 builtins).
	lo := min(3, 1, 2)
	hi := max(2.5, 1)
	clear(m2)

	// panic and recover, print and println.
	defer func() {
		if r := recover(); r != nil {
			println("recovered:", r.(string))
		}
	}()
	print("no newline ")
	println(*ip, pp.X, len(*sp), len(s1), cap(s2), len(m1), cap(c2), string(bs), n, lo, hi)
	panic("stop")
}
