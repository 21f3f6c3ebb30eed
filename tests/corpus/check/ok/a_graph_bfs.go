// Graph algorithms over map[string][]string: breadth-first shortest path
// with parent links, cycle detection by DFS colours, and a topological sort.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Graph map[string][]string

func (g Graph) AddEdge(from string, to ...string) {
	g[from] = append(g[from], to...)
	for _, t := range to {
		if _, ok := g[t]; !ok {
			g[t] = nil
		}
	}
}

func (g Graph) Path(from, to string) ([]string, bool) {
	parent := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			var path []string
			for n := to; n != ""; n = parent[n] {
				path = append([]string{n}, path...)
			}
			return path, true
		}
		for _, next := range g[cur] {
			if _, seen := parent[next]; !seen {
				parent[next] = cur
				queue = append(queue, next)
			}
		}
	}
	return nil, false
}

var ErrCycle = errors.New("graph has a cycle")

func (g Graph) TopoSort() ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	color := make(map[string]int, len(g))
	var order []string
	var visit func(n string) error
	visit = func(n string) error {
		switch color[n] {
		case grey:
			return fmt.Errorf("%w at %q", ErrCycle, n)
		case black:
			return nil
		}
		color[n] = grey
		for _, m := range g[n] {
			if err := visit(m); err != nil {
				return err
			}
		}
		color[n] = black
		order = append([]string{n}, order...)
		return nil
	}
	nodes := make([]string, 0, len(g))
	for n := range g {
		nodes = append(nodes, n)
	}
	sort.Slice(nodes, func(i, j int) bool { return nodes[i] > nodes[j] })
	for _, n := range nodes {
		if color[n] == white {
			if err := visit(n); err != nil {
				return nil, err
			}
		}
	}
	return order, nil
}

func main() {
	g := Graph{}
	g.AddEdge("shirt", "tie", "belt")
	g.AddEdge("tie", "jacket")
	g.AddEdge("pants", "shoes", "belt")
	g.AddEdge("belt", "jacket")
	g.AddEdge("socks", "shoes")
	if p, ok := g.Path("shirt", "jacket"); ok {
		fmt.Println("path:", strings.Join(p, " -> "))
	}
	_, ok := g.Path("jacket", "shirt")
	fmt.Println("jacket reaches shirt?", ok)
	order, err := g.TopoSort()
	fmt.Println(order, err)
	g.AddEdge("jacket", "shirt")
	_, err = g.TopoSort()
	fmt.Println(err, errors.Is(err, ErrCycle))
}
