package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	adj   map[string][]string
	nodes []string
}

func NewGraph() *Graph { return &Graph{adj: map[string][]string{}} }

func (g *Graph) addNode(n string) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.nodes = append(g.nodes, n)
	}
}

func (g *Graph) AddEdge(from, to string) {
	g.addNode(from)
	g.addNode(to)
	g.adj[from] = append(g.adj[from], to)
}

func (g *Graph) BFS(start string) map[string]int {
	dist := map[string]int{start: 0}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, nb := range g.adj[cur] {
			if _, seen := dist[nb]; !seen {
				dist[nb] = dist[cur] + 1
				queue = append(queue, nb)
			}
		}
	}
	return dist
}

func (g *Graph) Path(from, to string) []string {
	prev := map[string]string{}
	visited := map[string]bool{from: true}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			break
		}
		for _, nb := range g.adj[cur] {
			if !visited[nb] {
				visited[nb] = true
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	if !visited[to] {
		return nil
	}
	var path []string
	for at := to; at != from; at = prev[at] {
		path = append([]string{at}, path...)
	}
	return append([]string{from}, path...)
}

func (g *Graph) TopoSort() ([]string, bool) {
	indeg := map[string]int{}
	for _, n := range g.nodes {
		for _, m := range g.adj[n] {
			indeg[m]++
		}
	}
	var ready []string
	for _, n := range g.nodes {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	var order []string
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, m := range g.adj[n] {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	return order, len(order) == len(g.nodes)
}

func (g *Graph) HasCycleDFS() bool {
	const (
		white = iota
		gray
		black
	)
	color := map[string]int{}
	var visit func(n string) bool
	visit = func(n string) bool {
		color[n] = gray
		for _, m := range g.adj[n] {
			if color[m] == gray || (color[m] == white && visit(m)) {
				return true
			}
		}
		color[n] = black
		return false
	}
	for _, n := range g.nodes {
		if color[n] == white && visit(n) {
			return true
		}
	}
	return false
}

func main() {
	g := NewGraph()
	deps := "shirt>tie tie>jacket pants>shoes pants>belt belt>jacket shirt>belt socks>shoes undershorts>pants undershorts>shoes"
	for _, e := range strings.Fields(deps) {
		parts := strings.Split(e, ">")
		g.AddEdge(parts[0], parts[1])
	}
	order, ok := g.TopoSort()
	fmt.Println(ok, strings.Join(order, ", "))
	fmt.Println("cycle:", g.HasCycleDFS())
	fmt.Println(g.BFS("undershorts"))
	fmt.Println(g.Path("shirt", "jacket"), g.Path("socks", "tie"), g.Path("undershorts", "jacket"))

	g.AddEdge("jacket", "shirt")
	_, ok = g.TopoSort()
	fmt.Println("after back edge:", ok, "cycle:", g.HasCycleDFS())

	grid := []string{
		"S.#.....",
		".##.###.",
		"....#...",
		"##.##.#E",
	}
	type pt struct{ r, c int }
	var start, end pt
	for r, row := range grid {
		for c, ch := range row {
			switch ch {
			case 'S':
				start = pt{r, c}
			case 'E':
				end = pt{r, c}
			}
		}
	}
	dist := map[pt]int{start: 0}
	q := []pt{start}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		for _, d := range []pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.r >= len(grid) || n.c < 0 || n.c >= len(grid[0]) || grid[n.r][n.c] == '#' {
				continue
			}
			if _, ok := dist[n]; !ok {
				dist[n] = dist[p] + 1
				q = append(q, n)
			}
		}
	}
	fmt.Println("maze steps:", dist[end], "reachable cells:", len(dist))
}
