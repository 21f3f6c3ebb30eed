// Closures that capture and mutate variables, returned function values,
// and a slice of closures.
package main

import "fmt"

func counter(start int) (inc func() int, reset func()) {
	n := start
	inc = func() int {
		n++
		return n
	}
	reset = func() { n = start }
	return
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	inc, reset := counter(10)
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())

	double := func(x int) int { return x * 2 }
	addOne := func(x int) int { return x + 1 }
	fmt.Println(compose(double, addOne, double)(5))

	calls := 0
	slowSquare := func(n int) int { calls++; return n * n }
	sq := memo(slowSquare)
	for _, n := range []int{3, 4, 3, 3, 4} {
		sq(n)
	}
	fmt.Println("calls:", calls)

	var fs []func() string
	for _, w := range []string{"a", "b", "c"} {
		w := w
		fs = append(fs, func() string { return w + w })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
