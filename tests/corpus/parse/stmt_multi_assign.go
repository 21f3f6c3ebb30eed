package main

import (
	"fmt"
	"strconv"
)

type pt struct{ x, y int }

func fib(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	// Short variable declarations with several names; redeclaration.
	a, b, c := 1, "two", 3.0
	n, err := strconv.Atoi("5")
	m, err := strconv.Atoi("6")

	// Swap and rotate.
	x, y, z := 1, 2, 3
	x, y = y, x
	x, y, z = y, z, x

	// Assignment to mixed addressable operands.
	s := []int{0, 0, 0}
	mp := map[string]int{}
	var p pt
	ptr := &p
	s[0], mp["a"], p.x, ptr.y = 10, 20, 30, 40

	// Blank identifier.
	_, _ = a, b
	_ = c
	var _, second = 1, 2

	// Comma-ok forms.
	v, ok := mp["a"]
	var i interface{} = "str"
	str, isStr := i.(string)
	ch := make(chan int, 1)
	ch <- 1
	got, open := <-ch
	v, ok = mp["zzz"]

	// Multi-valued call on the right-hand side.
	q, r := divmod(7, 2)
	q, r = divmod(q+10, r+1)

	// Explicit semicolons between statements on one line.
	t1 := 1; t2 := 2; t1, t2 = t2, t1
	;

	fmt.Println(a, b, c, n, m, err, x, y, z, s, mp, p, second, v, ok, str, isStr, got, open, q, r, t1, t2, fib(10))
}

func divmod(a, b int) (int, int) { return a / b, a % b }
