package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
	wrap  bool
}

func Parse(rows []string, wrap bool) *Grid {
	g := &Grid{w: len(rows[0]), h: len(rows), wrap: wrap}
	g.cells = make([][]bool, g.h)
	for y, row := range rows {
		g.cells[y] = make([]bool, g.w)
		for x, c := range row {
			g.cells[y][x] = c == '#'
		}
	}
	return g
}

func (g *Grid) Alive(x, y int) bool {
	if g.wrap {
		x, y = (x+g.w)%g.w, (y+g.h)%g.h
	} else if x < 0 || y < 0 || x >= g.w || y >= g.h {
		return false
	}
	return g.cells[y][x]
}

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	next := &Grid{w: g.w, h: g.h, wrap: g.wrap, cells: make([][]bool, g.h)}
	for y := 0; y < g.h; y++ {
		next.cells[y] = make([]bool, g.w)
		for x := 0; x < g.w; x++ {
			n := g.Neighbors(x, y)
			next.cells[y][x] = n == 3 || (n == 2 && g.cells[y][x])
		}
	}
	return next
}

func (g *Grid) Population() int {
	p := 0
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				p++
			}
		}
	}
	return p
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func run(name string, g *Grid, gens int) {
	fmt.Printf("=== %s (wrap=%v)\n", name, g.wrap)
	seen := map[string]int{}
	for i := 0; i <= gens; i++ {
		key := g.String()
		if first, ok := seen[key]; ok {
			fmt.Printf("gen %d repeats gen %d (period %d)\n", i, first, i-first)
			return
		}
		seen[key] = i
		fmt.Printf("gen %d pop=%d\n%s", i, g.Population(), key)
		g = g.Step()
	}
}

func main() {
	run("blinker", Parse([]string{
		".....",
		"..#..",
		"..#..",
		"..#..",
		".....",
	}, false), 5)
	run("glider", Parse([]string{
		".#....",
		"..#...",
		"###...",
		"......",
		"......",
	}, true), 3)
	run("dies", Parse([]string{
		"#...",
		"..#.",
		"....",
	}, false), 4)
}
