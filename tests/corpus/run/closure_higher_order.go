package main

import (
	"fmt"
	"strings"
)

type Pred func(int) bool

func Filter(xs []int, p Pred) []int {
	out := []int{}
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

func Map(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Reduce(xs []int, init int, f func(acc, x int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func (p Pred) And(q Pred) Pred {
	return func(x int) bool { return p(x) && q(x) }
}

func (p Pred) Not() Pred {
	return func(x int) bool { return !p(x) }
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

type Greeter struct {
	Greeting string
}

func (g Greeter) Greet(name string) string {
	return g.Greeting + ", " + name
}

func (g *Greeter) SetGreeting(s string) {
	g.Greeting = s
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	even := Pred(func(x int) bool { return x%2 == 0 })
	big := Pred(func(x int) bool { return x > 6 })
	fmt.Println(Filter(nums, even))
	fmt.Println(Filter(nums, even.And(big)))
	fmt.Println(Filter(nums, even.Not().And(big.Not())))
	sq := Map(nums, func(x int) int { return x * x })
	fmt.Println(sq)
	fmt.Println(Reduce(sq, 0, func(a, x int) int { return a + x }))
	fmt.Println(Reduce(nums[:6], 1, func(a, x int) int { return a * x }))

	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hello there  "))

	g := Greeter{"Hello"}
	greet := g.Greet
	setter := g.SetGreeting
	setter("Hi")
	fmt.Println(greet("Bob"), g.Greet("Bob"))

	methodExpr := Greeter.Greet
	fmt.Println(methodExpr(Greeter{"Yo"}, "Al"))
	ptrExpr := (*Greeter).SetGreeting
	ptrExpr(&g, "Hey")
	fmt.Println(g.Greeting)

	fmt.Printf("%T\n", even)
	fmt.Printf("%T\n", greet)
	fmt.Printf("%T\n", methodExpr)

	apply := func(n int, f func(int) int, x int) int {
		for i := 0; i < n; i++ {
			x = f(x)
		}
		return x
	}
	fmt.Println(apply(10, func(x int) int { return x * 2 }, 1))
}
