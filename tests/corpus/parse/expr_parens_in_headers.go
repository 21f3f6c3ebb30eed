package main

import "fmt"

type T struct{ a, b int }

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func pick(t T) T { return t }

func main() {
	x := T{1, 2}

	// Composite literals in statement headers must be parenthesized.
	if x == (T{}) {
		fmt.Println("zero")
	}
	if x != (T{a: 1, b: 2}) {
		fmt.Println("different")
	}
	if (Point{1, 2}).Sum() == 3 {
		fmt.Println("sum is 3")
	}
	if p := (Point{3, 4}); p.X < p.Y {
		fmt.Println("x < y")
	}
	for p := (Point{}); p.X < 3; p.X++ {
		fmt.Println(p)
	}
	switch (Point{1, 1}) {
	case Point{1, 1}:
		fmt.Println("ones")
	}
	switch v := (T{5, 6}); {
	case v.a > 4:
		fmt.Println("big a")
	}

	// Composite literals inside call parentheses or index brackets need no extra parens.
	if pick(T{1, 2}) == x {
		fmt.Println("picked")
	}
	m := map[T]bool{{1, 2}: true}
	if m[T{1, 2}] {
		fmt.Println("found")
	}

	// Types that start with [ map struct func do not create ambiguity.
	for _, v := range []int{1, 2} {
		fmt.Println(v)
	}
	for k := range map[string]int{"a": 1} {
		fmt.Println(k)
	}
	if len([]Point{{1, 2}}) == 1 {
		fmt.Println("one point")
	}
	if s := struct{ n int }{3}; s.n == 3 {
		fmt.Println("anon")
	}
	if func() bool { return true }() {
		fmt.Println("func literal in header")
	}
}
