// Dijkstra's shortest paths over a weighted road map, with a binary heap
// written by hand over a slice and path reconstruction from predecessors.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	To     string
	Weight float64
}

type Graph struct {
	adj map[string][]Edge
}

func (g *Graph) AddRoad(a, b string, w float64) {
	if g.adj == nil {
		g.adj = map[string][]Edge{}
	}
	g.adj[a] = append(g.adj[a], Edge{b, w})
	g.adj[b] = append(g.adj[b], Edge{a, w})
}

type item struct {
	node string
	dist float64
}

type minHeap []item

func (h minHeap) Len() int { return len(h) }

func (h *minHeap) Push(it item) {
	*h = append(*h, it)
	i := len(*h) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if (*h)[parent].dist <= (*h)[i].dist {
			break
		}
		(*h)[parent], (*h)[i] = (*h)[i], (*h)[parent]
		i = parent
	}
}

func (h *minHeap) Pop() item {
	old := *h
	top := old[0]
	n := len(old) - 1
	old[0] = old[n]
	*h = old[:n]
	i := 0
	for {
		l, r, smallest := 2*i+1, 2*i+2, i
		if l < n && (*h)[l].dist < (*h)[smallest].dist {
			smallest = l
		}
		if r < n && (*h)[r].dist < (*h)[smallest].dist {
			smallest = r
		}
		if smallest == i {
			return top
		}
		(*h)[i], (*h)[smallest] = (*h)[smallest], (*h)[i]
		i = smallest
	}
}

var ErrUnreachable = errors.New("unreachable")

func (g *Graph) ShortestPath(src, dst string) ([]string, float64, error) {
	dist := map[string]float64{src: 0}
	prev := map[string]string{}
	h := &minHeap{}
	h.Push(item{src, 0})
	for h.Len() > 0 {
		cur := h.Pop()
		if d, ok := dist[cur.node]; ok && cur.dist > d {
			continue
		}
		if cur.node == dst {
			break
		}
		for _, e := range g.adj[cur.node] {
			nd := cur.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				h.Push(item{e.To, nd})
			}
		}
	}
	d, ok := dist[dst]
	if !ok {
		return nil, math.Inf(1), fmt.Errorf("%s -> %s: %w", src, dst, ErrUnreachable)
	}
	path := []string{dst}
	for n := dst; n != src; {
		n = prev[n]
		path = append([]string{n}, path...)
	}
	return path, d, nil
}

func main() {
	g := &Graph{}
	roads := []struct {
		a, b string
		km   float64
	}{
		{"Amsterdam", "Utrecht", 45}, {"Utrecht", "Arnhem", 64}, {"Amsterdam", "Haarlem", 20},
		{"Haarlem", "Leiden", 32}, {"Leiden", "Utrecht", 55}, {"Arnhem", "Nijmegen", 19},
		{"Utrecht", "Nijmegen", 90}, {"Groningen", "Assen", 27},
	}
	for _, r := range roads {
		g.AddRoad(r.a, r.b, r.km)
	}
	queries := [][2]string{{"Haarlem", "Nijmegen"}, {"Amsterdam", "Leiden"}, {"Leiden", "Assen"}, {"Arnhem", "Arnhem"}}
	for _, q := range queries {
		path, d, err := g.ShortestPath(q[0], q[1])
		if errors.Is(err, ErrUnreachable) {
			fmt.Printf("%v (dist=%v)\n", err, d)
			continue
		}
		fmt.Printf("%-9s -> %-9s %6.1f km via %s\n", q[0], q[1], d, strings.Join(path, " > "))
	}
}
