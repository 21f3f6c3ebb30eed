// A program with maps, closures, methods, interfaces and several named
// types, for gocheck.bats: its typed AST must be the same on every run.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct {
	W, H float64
}

type Circle struct {
	R float64
}

type Celsius float64

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }
func (t Celsius) String() string { return fmt.Sprintf("%.1fC", float64(t)) }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	byName := map[string]Shape{}
	counts := make(map[string]int)
	next := counter()
	for _, s := range shapes {
		byName[s.Name()] = s
		counts[s.Name()] += next()
	}
	keys := make([]string, 0, len(byName))
	for k := range byName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	apply := func(f func(string) string) []string {
		out := []string{}
		for _, k := range keys {
			out = append(out, f(k))
		}
		return out
	}
	fmt.Println(strings.Join(apply(strings.ToUpper), ","), counts, Celsius(21.5))
	var total float64
	for _, s := range byName {
		switch v := s.(type) {
		case Rect:
			total += v.W
		case *Circle:
			total += v.R
		}
	}
	ch := make(chan int, 1)
	ch <- len(keys)
	fmt.Println(total, <-ch)
}
