package main

import (
	"fmt"
	"sort"
	"strings"
)

func makeCounter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		misses++
		cache[x] = f(x)
		return cache[x]
	}, &misses
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func main() {
	inc, get := makeCounter()
	inc()
	inc()
	fmt.Println("counter:", inc(), get())
	inc2, get2 := makeCounter()
	inc2()
	fmt.Println("independent:", get(), get2())

	var withIdiom []func() int
	for i := 0; i < 3; i++ {
		i := i
		withIdiom = append(withIdiom, func() int { return i * i })
	}
	var shared []func() int
	sharedVar := 0
	for j := 0; j < 3; j++ {
		sharedVar = j
		shared = append(shared, func() int { return sharedVar * 10 })
	}
	for k := range withIdiom {
		fmt.Print(withIdiom[k](), ":", shared[k](), " ")
	}
	fmt.Println()

	names := []string{"delta", "alpha", "charlie", "bravo"}
	handlers := map[string]func() string{}
	for _, n := range names {
		n := n
		handlers[n] = func() string { return strings.ToUpper(n[:1]) + n[1:] }
	}
	keys := make([]string, 0, len(handlers))
	for k := range handlers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(handlers[k](), " ")
	}
	fmt.Println()

	var fib func(int) int
	calls := 0
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println("fib(20) =", fib(20), "calls:", calls)
	var mfib func(int) int
	var misses *int
	mfib, misses = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return mfib(n-1) + mfib(n-2)
	})
	fmt.Println("memo fib(80) =", mfib(80), "misses:", *misses)
	mfib(80)
	fmt.Println("second call misses:", *misses)

	pipeline := compose(strings.TrimSpace, strings.ToLower, func(s string) string {
		return strings.ReplaceAll(s, " ", "-")
	})
	fmt.Printf("%q\n", pipeline("  Hello Big World  "))

	x := 1
	modify := func() { x *= 7 }
	modify()
	modify()
	fmt.Println("captured by reference:", x)

	acc := make([]func(int) int, 0)
	for _, factor := range []int{2, 3, 5} {
		factor := factor
		acc = append(acc, func(v int) int { return v * factor })
	}
	v := 1
	for _, f := range acc {
		v = f(v)
	}
	fmt.Println("product:", v)

	defers := []string{}
	func() {
		for i := 0; i < 3; i++ {
			defer func(n int) { defers = append(defers, fmt.Sprint("arg", n)) }(i)
		}
	}()
	fmt.Println(defers)
}
