package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]byte
}

func Parse(s string) *Grid {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	g := &Grid{w: len(lines[0]), h: len(lines)}
	for _, l := range lines {
		g.cells = append(g.cells, []byte(l))
	}
	return g
}

func (g *Grid) In(x, y int) bool { return x >= 0 && y >= 0 && x < g.w && y < g.h }

func (g *Grid) String() string {
	rows := make([]string, g.h)
	for i, r := range g.cells {
		rows[i] = string(r)
	}
	return strings.Join(rows, "\n")
}

var dirs4 = [][2]int{{0, -1}, {1, 0}, {0, 1}, {-1, 0}}

func (g *Grid) Flood(x, y int, fill byte) int {
	target := g.cells[y][x]
	if target == fill {
		return 0
	}
	stack := [][2]int{{x, y}}
	n := 0
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !g.In(p[0], p[1]) || g.cells[p[1]][p[0]] != target {
			continue
		}
		g.cells[p[1]][p[0]] = fill
		n++
		for _, d := range dirs4 {
			stack = append(stack, [2]int{p[0] + d[0], p[1] + d[1]})
		}
	}
	return n
}

func (g *Grid) ShortestPath(sx, sy, tx, ty int) int {
	dist := make([][]int, g.h)
	for i := range dist {
		dist[i] = make([]int, g.w)
		for j := range dist[i] {
			dist[i][j] = -1
		}
	}
	dist[sy][sx] = 0
	q := [][2]int{{sx, sy}}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		if p[0] == tx && p[1] == ty {
			return dist[ty][tx]
		}
		for _, d := range dirs4 {
			nx, ny := p[0]+d[0], p[1]+d[1]
			if g.In(nx, ny) && g.cells[ny][nx] != '#' && dist[ny][nx] < 0 {
				dist[ny][nx] = dist[p[1]][p[0]] + 1
				q = append(q, [2]int{nx, ny})
			}
		}
	}
	return -1
}

func life(g *Grid) *Grid {
	next := &Grid{w: g.w, h: g.h}
	for y := 0; y < g.h; y++ {
		row := make([]byte, g.w)
		for x := 0; x < g.w; x++ {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && g.In(x+dx, y+dy) && g.cells[y+dy][x+dx] == '#' {
						n++
					}
				}
			}
			alive := g.cells[y][x] == '#'
			if n == 3 || (alive && n == 2) {
				row[x] = '#'
			} else {
				row[x] = '.'
			}
		}
		next.cells = append(next.cells, row)
	}
	return next
}

func main() {
	maze := Parse(`
..#.......
..#.####..
..#....#..
.####..#..
......##..
`)
	fmt.Println(maze.ShortestPath(0, 0, 9, 4), maze.ShortestPath(0, 0, 3, 2), maze.ShortestPath(0, 0, 0, 0))
	fmt.Println("filled:", maze.Flood(3, 0, 'o'))
	fmt.Println(maze)
	fmt.Println("filled again:", maze.Flood(3, 0, 'o'), maze.Flood(0, 4, '~'))
	g := Parse(`
......
..#...
...#..
.###..
......
......
`)
	for gen := 0; gen < 4; gen++ {
		g = life(g)
	}
	fmt.Println(g)
	blinker := Parse(".....\n..#..\n..#..\n..#..\n.....")
	fmt.Println(life(blinker))
	fmt.Println(life(life(blinker)).String() == blinker.String())
}
