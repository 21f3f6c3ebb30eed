package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func makeAccumulator(start int) (add func(int) int, get func() int) {
	total := start
	add = func(x int) int {
		total += x
		return total
	}
	get = func() int { return total }
	return
}

func memoFib() func(int) int {
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	return fib
}

func generator(items []string) func() (string, bool) {
	i := 0
	return func() (string, bool) {
		if i >= len(items) {
			return "", false
		}
		s := items[i]
		i++
		return s, true
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2(), c1(), c2())

	add, get := makeAccumulator(10)
	add(5)
	add(-3)
	fmt.Println(get(), add(100), get())

	fib := memoFib()
	fmt.Println(fib(50), fib(10))

	next := generator([]string{"red", "green", "blue"})
	for {
		s, ok := next()
		if !ok {
			break
		}
		fmt.Println("got", s)
	}

	x := 1
	inc := func() { x *= 2 }
	inc()
	inc()
	fmt.Println(x)

	funcs := make([]func() int, 3)
	for i := 0; i < 3; i++ {
		k := i
		funcs[i] = func() int { return k * k }
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	result := func(a, b int) int { return a*b + 1 }(6, 7)
	fmt.Println(result)

	var ops = map[string]func(int, int) int{
		"+": func(a, b int) int { return a + b },
		"-": func(a, b int) int { return a - b },
		"*": func(a, b int) int { return a * b },
	}
	for _, op := range []string{"+", "-", "*"} {
		fmt.Println(op, ops[op](9, 4))
	}
	var nilFn func()
	fmt.Println(nilFn == nil)
}
