package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph struct {
	adj map[string][]Edge
}

func NewGraph() *Graph { return &Graph{adj: map[string][]Edge{}} }

func (g *Graph) AddEdge(from, to string, w int) {
	g.adj[from] = append(g.adj[from], Edge{to, w})
	if _, ok := g.adj[to]; !ok {
		g.adj[to] = nil
	}
}

func (g *Graph) Nodes() []string {
	var ns []string
	for n := range g.adj {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for _, n := range g.Nodes() {
		dist[n] = math.MaxInt32
	}
	dist[src] = 0
	done := map[string]bool{}
	for {
		best, bestD := "", math.MaxInt32
		for _, n := range g.Nodes() {
			if !done[n] && dist[n] < bestD {
				best, bestD = n, dist[n]
			}
		}
		if best == "" {
			break
		}
		done[best] = true
		for _, e := range g.adj[best] {
			if nd := bestD + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = best
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, src, dst string) []string {
	var p []string
	for at := dst; at != ""; at = prev[at] {
		p = append([]string{at}, p...)
		if at == src {
			return p
		}
	}
	return nil
}

var ErrCycle = errors.New("graph has a cycle")

func (g *Graph) TopoSort() ([]string, error) {
	indeg := map[string]int{}
	for _, n := range g.Nodes() {
		for _, e := range g.adj[n] {
			indeg[e.To]++
		}
	}
	var queue, order []string
	for _, n := range g.Nodes() {
		if indeg[n] == 0 {
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		sort.Strings(queue)
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, e := range g.adj[n] {
			indeg[e.To]--
			if indeg[e.To] == 0 {
				queue = append(queue, e.To)
			}
		}
	}
	if len(order) != len(g.adj) {
		return order, fmt.Errorf("topo: sorted %d of %d: %w", len(order), len(g.adj), ErrCycle)
	}
	return order, nil
}

func main() {
	g := NewGraph()
	for _, e := range []struct {
		a, b string
		w    int
	}{{"A", "B", 4}, {"A", "C", 2}, {"C", "B", 1}, {"B", "D", 5}, {"C", "D", 8}, {"C", "E", 10}, {"D", "E", 2}, {"E", "F", 3}, {"D", "F", 6}, {"G", "F", 1}} {
		g.AddEdge(e.a, e.b, e.w)
	}
	dist, prev := g.Dijkstra("A")
	for _, n := range g.Nodes() {
		if dist[n] == math.MaxInt32 {
			fmt.Printf("%s: unreachable\n", n)
			continue
		}
		fmt.Printf("%s: %2d via %s\n", n, dist[n], strings.Join(path(prev, "A", n), "->"))
	}
	order, err := g.TopoSort()
	fmt.Println("topo:", order, err)
	g.AddEdge("F", "C", 1)
	order, err = g.TopoSort()
	fmt.Println("topo:", order, err, errors.Is(err, ErrCycle))
	dist2, _ := g.Dijkstra("G")
	fmt.Println(dist2["E"], dist2["A"] == math.MaxInt32)
}
