package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) Neighbors(n string) []string {
	ns := append([]string(nil), g[n]...)
	sort.Strings(ns)
	return ns
}

// ShortestPath returns the BFS path from src to dst, or nil.
func (g Graph) ShortestPath(src, dst string) []string {
	prev := map[string]string{src: ""}
	queue := []string{src}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == dst {
			var path []string
			for n := dst; n != ""; n = prev[n] {
				path = append([]string{n}, path...)
			}
			return path
		}
		for _, nb := range g.Neighbors(cur) {
			if _, seen := prev[nb]; !seen {
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil
}

func (g Graph) Levels(src string) map[string]int {
	dist := map[string]int{src: 0}
	frontier := []string{src}
	for len(frontier) > 0 {
		var next []string
		for _, n := range frontier {
			for _, nb := range g.Neighbors(n) {
				if _, ok := dist[nb]; !ok {
					dist[nb] = dist[n] + 1
					next = append(next, nb)
				}
			}
		}
		frontier = next
	}
	return dist
}

func gridBFS(grid []string, sr, sc int) [][]int {
	dist := make([][]int, len(grid))
	for i := range dist {
		dist[i] = make([]int, len(grid[i]))
		for j := range dist[i] {
			dist[i][j] = -1
		}
	}
	type pt struct{ r, c int }
	q := []pt{{sr, sc}}
	dist[sr][sc] = 0
	dirs := [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		for _, d := range dirs {
			r, c := p.r+d[0], p.c+d[1]
			if r < 0 || c < 0 || r >= len(grid) || c >= len(grid[r]) || grid[r][c] == '#' || dist[r][c] >= 0 {
				continue
			}
			dist[r][c] = dist[p.r][p.c] + 1
			q = append(q, pt{r, c})
		}
	}
	return dist
}

func main() {
	g := Graph{}
	edges := "A-B B-C C-D A-E E-F F-D D-G G-H X-Y"
	for _, e := range strings.Fields(edges) {
		a, b, _ := strings.Cut(e, "-")
		g.AddEdge(a, b)
	}
	fmt.Println("nodes:", len(g))
	for _, pair := range [][2]string{{"A", "H"}, {"B", "F"}, {"H", "A"}, {"A", "Y"}, {"C", "C"}} {
		p := g.ShortestPath(pair[0], pair[1])
		if p == nil {
			fmt.Printf("%s->%s: unreachable\n", pair[0], pair[1])
			continue
		}
		fmt.Printf("%s->%s: %s (%d hops)\n", pair[0], pair[1], strings.Join(p, " > "), len(p)-1)
	}
	fmt.Println("levels from A:", g.Levels("A"))

	grid := []string{
		"..#....",
		".##.##.",
		"...#...",
		"#.....#",
	}
	for _, row := range gridBFS(grid, 0, 0) {
		for _, d := range row {
			if d < 0 {
				fmt.Print("  .")
			} else {
				fmt.Printf("%3d", d)
			}
		}
		fmt.Println()
	}
}
