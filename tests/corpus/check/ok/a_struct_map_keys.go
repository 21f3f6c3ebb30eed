// Comparable structs and arrays as map keys: a sparse grid keyed by
// coordinates, a cache keyed by a composite struct, and set operations.
package main

import (
	"fmt"
	"sort"
)

type Coord struct{ X, Y int }

func (c Coord) Neighbors() [4]Coord {
	return [4]Coord{{c.X + 1, c.Y}, {c.X - 1, c.Y}, {c.X, c.Y + 1}, {c.X, c.Y - 1}}
}

type Route struct {
	From, To string
	Mode     [2]byte
}

type Board map[Coord]rune

func (b Board) Set(cs []Coord, r rune) {
	for _, c := range cs {
		b[c] = r
	}
}

func (b Board) Bounds() (lo, hi Coord) {
	first := true
	for c := range b {
		if first {
			lo, hi = c, c
			first = false
			continue
		}
		if c.X < lo.X {
			lo.X = c.X
		}
		if c.Y < lo.Y {
			lo.Y = c.Y
		}
		if c.X > hi.X {
			hi.X = c.X
		}
		if c.Y > hi.Y {
			hi.Y = c.Y
		}
	}
	return
}

func main() {
	b := Board{}
	b.Set([]Coord{{0, 0}, {1, 0}, {2, 0}, {1, 1}}, '#')
	b[Coord{1, 2}] = '@'
	lo, hi := b.Bounds()
	for y := lo.Y; y <= hi.Y; y++ {
		line := []rune{}
		for x := lo.X; x <= hi.X; x++ {
			if r, ok := b[Coord{x, y}]; ok {
				line = append(line, r)
			} else {
				line = append(line, '.')
			}
		}
		fmt.Println(string(line))
	}

	free := 0
	for _, n := range (Coord{1, 1}).Neighbors() {
		if _, taken := b[n]; !taken {
			free++
		}
	}
	fmt.Println("free neighbors of (1,1):", free)

	fares := map[Route]float64{
		{"ams", "ber", [2]byte{'t', 'r'}}:                 89.5,
		{"ams", "ber", [2]byte{'p', 'l'}}:                 120,
		{From: "ber", To: "vie", Mode: [2]byte{'t', 'r'}}: 64,
	}
	q := Route{"ams", "ber", [2]byte{'t', 'r'}}
	fmt.Println("train fare:", fares[q], "entries:", len(fares))

	visits := map[[3]string]int{}
	for _, trip := range [][3]string{{"a", "b", "c"}, {"a", "b", "c"}, {"c", "b", "a"}} {
		visits[trip]++
	}
	keys := make([][3]string, 0, len(visits))
	for k := range visits {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0] < keys[j][0] })
	for _, k := range keys {
		fmt.Println(k, visits[k])
	}
	type key struct {
		c    Coord
		kind string
	}
	seen := map[key]bool{{Coord{1, 1}, "wall"}: true}
	fmt.Println(seen[key{Coord{1, 1}, "wall"}], seen[key{Coord{1, 1}, "door"}])
}
