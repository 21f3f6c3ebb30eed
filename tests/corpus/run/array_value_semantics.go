package main

import "fmt"

type Grid [3][3]int

type Player struct {
	Name   string
	Scores [4]int
	Tags   []string
}

func zeroFirst(a [5]int) [5]int {
	a[0] = 0
	return a
}

func zeroFirstPtr(a *[5]int) {
	a[0] = 0
}

func (g Grid) Set(r, c, v int) Grid {
	g[r][c] = v
	return g
}

func (g *Grid) SetInPlace(r, c, v int) {
	g[r][c] = v
}

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	b := a
	b[1] = 200
	fmt.Println(a, b)

	c := zeroFirst(a)
	fmt.Println(a, c)
	zeroFirstPtr(&a)
	fmt.Println(a)

	fmt.Println(a == [5]int{0, 2, 3, 4, 5}, a == b)

	var g Grid
	g2 := g.Set(1, 1, 9)
	fmt.Println(g, g2)
	g.SetInPlace(0, 2, 7)
	fmt.Println(g)

	rows := g2
	rows[1][1] = -1
	fmt.Println(g2[1], rows[1])

	p1 := Player{Name: "p1", Scores: [4]int{10, 20, 30, 40}, Tags: []string{"x", "y"}}
	p2 := p1
	p2.Name = "p2"
	p2.Scores[0] = 99
	p2.Tags[0] = "shared"
	fmt.Printf("%+v\n", p1)
	fmt.Printf("%+v\n", p2)

	arrs := [][2]string{{"a", "b"}, {"c", "d"}}
	for _, pair := range arrs {
		pair[0] = "changed"
	}
	fmt.Println(arrs)
	for i := range arrs {
		arrs[i][0] = "changed"
	}
	fmt.Println(arrs)

	m := map[string][2]int{"k": {1, 2}}
	v := m["k"]
	v[0] = 100
	fmt.Println(m, v)

	s := a[1:4]
	s[0] = 222
	fmt.Println(a, s, len(s), cap(s))

	arr := [...]string{"x", "y", "z"}
	fmt.Println(len(arr), arr)
	ptr := &arr
	ptr[2] = "Z"
	fmt.Println(arr)
	for i, v := range arr {
		arr[2] = "late"
		fmt.Println(i, v)
	}
	fmt.Println(arr)
}
