package main

import (
	"fmt"
	"sort"
	"strings"
)

func makeCounter(start int) (func() int, func()) {
	n := start
	next := func() int {
		n++
		return n
	}
	reset := func() { n = start }
	return next, reset
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

type Middleware func(string) string

func chain(ms ...Middleware) Middleware {
	return func(s string) string {
		for _, m := range ms {
			s = m(s)
		}
		return s
	}
}

func main() {
	next, reset := makeCounter(10)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := makeCounter(0)
	fmt.Println(other(), next())

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	sq := func(x int) int { return x * x }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(sq, inc, dbl)(3), compose()(9))

	g := fibGen()
	var fibs []int
	for i := 0; i < 12; i++ {
		fibs = append(fibs, g())
	}
	fmt.Println(fibs)

	slowSquare := func(n int) int { return n * n }
	fast, misses := memoize(slowSquare)
	for _, n := range []int{2, 3, 2, 2, 4, 3} {
		fmt.Print(fast(n), " ")
	}
	fmt.Println("misses:", *misses)

	var funcs []func() int
	for i := 0; i < 4; i++ {
		i := i
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	shared := 0
	adders := make([]func(), 3)
	for i := range adders {
		k := i + 1
		adders[i] = func() { shared += k }
	}
	for _, a := range adders {
		a()
		a()
	}
	fmt.Println("shared:", shared)

	pipeline := chain(strings.TrimSpace, strings.ToUpper, func(s string) string { return "[" + s + "]" })
	fmt.Println(pipeline("  hello world "))

	words := []string{"banana", "Apple", "cherry", "apple", "Banana"}
	byLower := func(i, j int) bool {
		li, lj := strings.ToLower(words[i]), strings.ToLower(words[j])
		if li != lj {
			return li < lj
		}
		return words[i] < words[j]
	}
	sort.Slice(words, byLower)
	fmt.Println(words)

	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	acc := func() func(int) []int {
		var hist []int
		return func(v int) []int {
			hist = append(hist, v)
			return hist
		}
	}()
	acc(1)
	acc(2)
	fmt.Println(acc(3))
	func(msg string) { fmt.Println("iife:", msg) }("done")
}
