package main

import (
	"fmt"
	"sort"
)

type Coord struct {
	Row, Col int
}

type Key struct {
	Name string
	Pos  Coord
	Tags [2]string
}

type Board [3][3]byte

func (c Coord) Add(o Coord) Coord { return Coord{c.Row + o.Row, c.Col + o.Col} }

func main() {
	a := Coord{1, 2}
	b := Coord{Row: 1, Col: 2}
	c := Coord{Col: 1, Row: 2}
	fmt.Println(a == b, a == c, a != c)

	k1 := Key{"x", Coord{0, 0}, [2]string{"a", "b"}}
	k2 := Key{"x", Coord{0, 0}, [2]string{"a", "b"}}
	k3 := k2
	k3.Tags[1] = "c"
	fmt.Println(k1 == k2, k2 == k3)

	visited := map[Coord]bool{}
	pos := Coord{0, 0}
	moves := []Coord{{0, 1}, {1, 0}, {0, -1}, {-1, 0}, {0, 1}, {0, 1}}
	visited[pos] = true
	revisits := 0
	for _, m := range moves {
		pos = pos.Add(m)
		if visited[pos] {
			revisits++
		}
		visited[pos] = true
	}
	fmt.Println(len(visited), revisits, pos)
	fmt.Println(visited)

	arrKey := map[[3]int]string{}
	arrKey[[3]int{1, 2, 3}] = "first"
	arrKey[[3]int{3, 2, 1}] = "second"
	arrKey[[...]int{1, 2, 3}] = "overwritten"
	fmt.Println(len(arrKey), arrKey[[3]int{1, 2, 3}], arrKey)

	var b1, b2 Board
	b1[1][1] = 'X'
	fmt.Println(b1 == b2)
	b2[1][1] = 'X'
	fmt.Println(b1 == b2)
	boards := map[Board]int{b1: 1}
	boards[b2]++
	fmt.Println(len(boards), boards[b1])

	counts := map[Key]int{}
	counts[k1]++
	counts[k2]++
	counts[k3]++
	fmt.Println(len(counts), counts[k1], counts[k3])

	var iface1, iface2 interface{} = Coord{1, 1}, Coord{1, 1}
	fmt.Println(iface1 == iface2)
	var iface3 interface{} = [2]int{1, 1}
	fmt.Println(iface1 == iface3)

	pairs := map[[2]string]int{
		{"b", "a"}: 2,
		{"a", "z"}: 1,
		{"a", "b"}: 3,
	}
	keys := make([][2]string, 0)
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		fmt.Print(k, "=", pairs[k], " ")
	}
	fmt.Println()
	type empty struct{}
	fmt.Println(empty{} == empty{}, [0]int{} == [0]int{})
	ptrA, ptrB := &Coord{1, 1}, &Coord{1, 1}
	fmt.Println(ptrA == ptrB, *ptrA == *ptrB)
}
