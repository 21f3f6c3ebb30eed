// Method values and method expressions: bound methods stored in slices
// and maps, T.Method and (*T).Method called with explicit receivers.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()           { c.n++ }
func (c *Counter) Add(k int)      { c.n += k }
func (c Counter) Value() int      { return c.n }
func (c Counter) Label() string   { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c Counter) Times(k int) int { return c.n * k }

type Vec struct{ X, Y float64 }

func (v Vec) Plus(w Vec) Vec     { return Vec{v.X + w.X, v.Y + w.Y} }
func (v Vec) Dot(w Vec) float64  { return v.X*w.X + v.Y*w.Y }
func (v *Vec) ScaleBy(k float64) { v.X *= k; v.Y *= k }
func (v Vec) String() string     { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

func main() {
	a := &Counter{name: "a"}
	b := &Counter{name: "b"}
	actions := []func(){a.Inc, a.Inc, b.Inc, a.Inc}
	for _, act := range actions {
		act()
	}
	addB := b.Add
	addB(10)
	fmt.Println(a.Label(), b.Label())

	snapshot := a.Value
	a.Inc()
	fmt.Println("snapshot:", snapshot(), "now:", a.Value())

	inc := (*Counter).Inc
	inc(a)
	label := Counter.Label
	times := Counter.Times
	fmt.Println(label(*a), times(*b, 3))

	ops := map[string]func(Vec, Vec) Vec{
		"plus": Vec.Plus,
		"swap": func(v, _ Vec) Vec { return Vec{v.Y, v.X} },
	}
	names := make([]string, 0, len(ops))
	for n := range ops {
		names = append(names, n)
	}
	sort.Strings(names)
	v, w := Vec{1, 2}, Vec{3, 4}
	for _, n := range names {
		fmt.Println(n, ops[n](v, w))
	}

	dot := Vec.Dot
	fmt.Println("dot:", dot(v, w))
	scale := (*Vec).ScaleBy
	scale(&v, 2.5)
	fmt.Println("scaled:", v)
	bound := v.ScaleBy
	bound(2)
	fmt.Println("again:", v)

	str := Vec.String
	parts := []string{}
	for _, x := range []Vec{{0, 1}, {2, 3}} {
		parts = append(parts, str(x))
	}
	fmt.Println(strings.Join(parts, " "))
	var stringer fmt.Stringer = w
	get := stringer.String
	fmt.Println(get())
}
