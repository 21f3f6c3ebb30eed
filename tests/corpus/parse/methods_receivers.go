package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

// Value receiver.
func (p Point) Abs() float64 { return math.Hypot(p.X, p.Y) }

// Pointer receiver.
func (p *Point) Scale(f float64) {
	p.X *= f
	p.Y *= f
}

// Unnamed receivers.
func (Point) Kind() string   { return "point" }
func (*Point) PtrKind() string { return "*point" }

// Blank receiver.
func (_ Point) Zero() Point { return Point{} }

// Parenthesized receiver type.
func (p (*Point)) Move(dx, dy float64) { p.X += dx; p.Y += dy }

// Methods on non-struct named types.
type Counter int

func (c *Counter) Inc()          { *c++ }
func (c Counter) String() string { return fmt.Sprintf("Counter(%d)", int(c)) }

type Names []string

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return n[i] < n[j] }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

type Handler func(string) string

func (h Handler) Serve(s string) string { return h(s) }

// Method with named results and variadic params.
func (p Point) Dist(others ...Point) (min float64, idx int) {
	min = math.Inf(1)
	for i, o := range others {
		if d := (Point{p.X - o.X, p.Y - o.Y}).Abs(); d < min {
			min, idx = d, i
		}
	}
	return
}

func main() {
	p := Point{3, 4}
	p.Scale(2)
	(&p).Move(1, 1)
	var c Counter
	c.Inc()
	(&c).Inc()
	h := Handler(func(s string) string { return "<" + s + ">" })
	d, i := p.Dist(Point{}, Point{7, 9})
	fmt.Println(p.Abs(), p.Kind(), p.PtrKind(), p.Zero(), c, Names{"b", "a"}.Less(0, 1), h.Serve("x"), d, i)
}
