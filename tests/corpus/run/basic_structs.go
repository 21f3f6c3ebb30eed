package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (p Point) Add(q Point) Point {
	return Point{p.X + q.X, p.Y + q.Y}
}

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (r Rect) Area() int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func (r *Rect) Move(dx, dy int) {
	r.Min.X += dx
	r.Max.X += dx
	r.Min.Y += dy
	r.Max.Y += dy
}

func main() {
	p := Point{1, 2}
	q := Point{X: 10}
	fmt.Println(p, q, p.Add(q))
	p.Scale(3)
	fmt.Println(p)

	r := Rect{Min: Point{0, 0}, Max: Point{4, 5}, Name: "box"}
	fmt.Println(r, r.Area())
	r.Move(1, 1)
	fmt.Println(r.Min, r.Max, r.Area())

	copyR := r
	copyR.Name = "copy"
	copyR.Min.X = 100
	fmt.Println(r.Name, r.Min.X, copyR.Name, copyR.Min.X)

	pr := &r
	pr.Name = "via pointer"
	fmt.Println(r.Name)

	var zero Rect
	fmt.Println(zero, zero.Name == "", zero.Area())

	fmt.Println(p == Point{3, 6}, p != q)

	anon := struct {
		A int
		B string
	}{7, "seven"}
	fmt.Println(anon, anon.B)
}
