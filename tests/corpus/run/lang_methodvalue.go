package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c Counter) Show() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Inc()        { c.n++ }
func (c *Counter) Add(k int) int {
	c.n += k
	return c.n
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Greeter string

func (g Greeter) Greet(name string) string { return string(g) + ", " + name }

func main() {
	c := Counter{"c", 1}
	show := c.Show
	inc := c.Inc
	c.n = 10
	fmt.Println(show(), c.Show())
	inc()
	inc()
	fmt.Println(c.Show(), show())

	showExpr := Counter.Show
	incExpr := (*Counter).Inc
	incExpr(&c)
	fmt.Println(showExpr(c))

	add := c.Add
	a1 := add(5)
	a2 := add(5)
	fmt.Println(a1, a2, c.n)

	pc := &c
	showP := pc.Show
	pc.n = 0
	fmt.Println(showP(), pc.Show())

	var ops = map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"].Apply(3, 4), ops["mul"].Apply(3, 4))
	apply := ops["mul"].Apply
	fmt.Println(apply(6, 7))

	hello := Greeter("Hello").Greet
	hi := Greeter("Hi").Greet
	fmt.Println(hello("Bob"), hi("Ann"))
	greetFn := Greeter.Greet
	fmt.Println(greetFn("Hey", "Zed"))

	counters := []Counter{{"a", 0}, {"b", 0}}
	var incs []func()
	for i := range counters {
		incs = append(incs, counters[i].Inc)
	}
	for _, f := range incs {
		f()
		f()
	}
	fmt.Println(counters)

	var shows []func() string
	for _, ct := range counters {
		shows = append(shows, ct.Show)
	}
	counters[0].n = 100
	for _, s := range shows {
		fmt.Print(s(), " ")
	}
	fmt.Println()

	upper := strings.ToUpper
	trans := []func(string) string{upper, strings.TrimSpace, strings.ToLower}
	val := "  MiXeD  "
	for _, t := range trans {
		val = t(val)
		fmt.Printf("%q ", val)
	}
	fmt.Println()
	fmt.Printf("%T | %T | %T\n", show, showExpr, incExpr)
}
