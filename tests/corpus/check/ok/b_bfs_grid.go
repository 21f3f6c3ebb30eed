// Breadth-first search through a text maze: grid parsing, a slice used as
// a FIFO queue, fixed-size array points as map keys, and path drawing.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Point [2]int

func (p Point) Add(d Point) Point { return Point{p[0] + d[0], p[1] + d[1]} }

type Maze struct {
	cells      [][]byte
	start, end Point
}

var dirs = []Point{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}

func ParseMaze(text string) (*Maze, error) {
	m := &Maze{}
	foundS, foundE := false, false
	for r, line := range strings.Split(strings.TrimSpace(text), "\n") {
		row := []byte(strings.TrimSpace(line))
		for c, ch := range row {
			switch ch {
			case 'S':
				m.start, foundS = Point{r, c}, true
			case 'E':
				m.end, foundE = Point{r, c}, true
			}
		}
		m.cells = append(m.cells, row)
	}
	if !foundS || !foundE {
		return nil, errors.New("maze needs both S and E")
	}
	return m, nil
}

func (m *Maze) open(p Point) bool {
	if p[0] < 0 || p[0] >= len(m.cells) || p[1] < 0 || p[1] >= len(m.cells[p[0]]) {
		return false
	}
	return m.cells[p[0]][p[1]] != '#'
}

func (m *Maze) Solve() ([]Point, error) {
	prev := map[Point]Point{m.start: m.start}
	queue := []Point{m.start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == m.end {
			var path []Point
			for p := cur; p != m.start; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, m.start)
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path, nil
		}
		for _, d := range dirs {
			next := cur.Add(d)
			if _, seen := prev[next]; seen || !m.open(next) {
				continue
			}
			prev[next] = cur
			queue = append(queue, next)
		}
	}
	return nil, fmt.Errorf("no path from %v to %v after visiting %d cells", m.start, m.end, len(prev))
}

func (m *Maze) Render(path []Point) string {
	on := make(map[Point]bool, len(path))
	for _, p := range path {
		on[p] = true
	}
	var sb strings.Builder
	for r, row := range m.cells {
		for c, ch := range row {
			if on[Point{r, c}] && ch == '.' {
				ch = '*'
			}
			sb.WriteByte(ch)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	mazes := []string{`
		S.#.......
		.##.####..
		....#..#.#
		.##...#..E
		...#.....#`, `
		S#.
		##.
		..E`, `
		S...`,
	}
	for i, text := range mazes {
		m, err := ParseMaze(text)
		if err != nil {
			fmt.Printf("maze %d: %v\n", i, err)
			continue
		}
		path, err := m.Solve()
		if err != nil {
			fmt.Printf("maze %d: %v\n", i, err)
			continue
		}
		fmt.Printf("maze %d: %d steps from %v to %v\n%s", i, len(path)-1, m.start, m.end, m.Render(path))
	}
}
