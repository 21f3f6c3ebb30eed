// A build dependency resolver: Kahn's topological sort with deterministic
// ordering, cycle detection via DFS colors, and a custom CycleError.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	deps map[string][]string // target -> prerequisites
}

func (g *Graph) Add(target string, prereqs ...string) {
	if g.deps == nil {
		g.deps = map[string][]string{}
	}
	g.deps[target] = append(g.deps[target], prereqs...)
	for _, p := range prereqs {
		if _, ok := g.deps[p]; !ok {
			g.deps[p] = nil
		}
	}
}

type CycleError struct{ Path []string }

func (e *CycleError) Error() string { return "dependency cycle: " + strings.Join(e.Path, " -> ") }

var ErrUnknownTarget = errors.New("unknown target")

var _ error = (*CycleError)(nil)

func (g *Graph) findCycle() []string {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var stack []string
	var visit func(n string) []string
	visit = func(n string) []string {
		color[n] = grey
		stack = append(stack, n)
		for _, d := range g.deps[n] {
			switch color[d] {
			case grey:
				for i, s := range stack {
					if s == d {
						return append(append([]string(nil), stack[i:]...), d)
					}
				}
			case white:
				if c := visit(d); c != nil {
					return c
				}
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		return nil
	}
	names := g.sortedNames()
	for _, n := range names {
		if color[n] == white {
			if c := visit(n); c != nil {
				return c
			}
		}
	}
	return nil
}

func (g *Graph) sortedNames() []string {
	names := make([]string, 0, len(g.deps))
	for n := range g.deps {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Order returns a build order in which every prerequisite precedes its users.
func (g *Graph) Order() ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for t, ps := range g.deps {
		indeg[t] += len(ps)
		for _, p := range ps {
			users[p] = append(users[p], t)
		}
	}
	var ready, order []string
	for _, n := range g.sortedNames() {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		next := users[n]
		sort.Strings(next)
		for _, u := range next {
			if indeg[u]--; indeg[u] == 0 {
				ready = append(ready, u)
			}
		}
	}
	if len(order) != len(g.deps) {
		return order, &CycleError{g.findCycle()}
	}
	return order, nil
}

func main() {
	g := &Graph{}
	g.Add("app", "lib", "config", "assets")
	g.Add("lib", "runtime", "strings")
	g.Add("strings", "runtime")
	g.Add("assets", "images", "css")
	g.Add("tests", "app", "lib")
	order, err := g.Order()
	fmt.Println("order:", strings.Join(order, ", "), err)
	g.Add("runtime", "tests")
	order, err = g.Order()
	var ce *CycleError
	if errors.As(err, &ce) {
		fmt.Printf("partial order %v\n%v (len %d)\n", order, err, len(ce.Path))
	}
	if _, ok := g.deps["docs"]; !ok {
		fmt.Println(fmt.Errorf("build docs: %w", ErrUnknownTarget))
	}
}
