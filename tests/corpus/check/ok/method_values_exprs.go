// Method values bound to receivers, method expressions with explicit
// receivers, and pointer versus value receivers.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Op func(Point, Point) Point

func apply(ps []Point, f func(Point) Point) []Point {
	out := make([]Point, len(ps))
	for i, p := range ps {
		out[i] = f(p)
	}
	return out
}

func main() {
	origin := Point{1, 1}
	shift := origin.Add // method value: receiver copied now
	origin.X = 100
	fmt.Println(apply([]Point{{1, 2}, {3, 4}}, shift))

	var add Op = Point.Add // method expression
	fmt.Println(add(Point{1, 2}, Point{10, 20}))

	p := Point{2, 3}
	scale := p.Scale // bound to &p
	scale(10)
	fmt.Println(p)

	scalePtr := (*Point).Scale
	scalePtr(&p, 2)
	fmt.Println(p.String())

	str := Point.String
	fmt.Println(str(Point{7, 8}))

	upper := strings.ToUpper
	fmt.Println(upper("method values"))

	var b strings.Builder
	write := b.WriteString
	for _, s := range []string{"x", "y", "z"} {
		write(s)
	}
	fmt.Println(b.String(), b.Len())
}
