package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrCycle = errors.New("graph has a cycle")

type DAG struct {
	edges map[string][]string
	nodes []string
}

func NewDAG() *DAG { return &DAG{edges: make(map[string][]string)} }

func (d *DAG) addNode(n string) {
	if _, ok := d.edges[n]; !ok {
		d.edges[n] = nil
		d.nodes = append(d.nodes, n)
	}
}

func (d *DAG) Depends(task, on string) {
	d.addNode(task)
	d.addNode(on)
	d.edges[on] = append(d.edges[on], task)
}

func (d *DAG) TopoSort() ([]string, error) {
	const (
		white = iota
		gray
		black
	)
	color := make(map[string]int)
	var order []string
	var visit func(n string) error
	visit = func(n string) error {
		switch color[n] {
		case gray:
			return fmt.Errorf("at %q: %w", n, ErrCycle)
		case black:
			return nil
		}
		color[n] = gray
		next := append([]string(nil), d.edges[n]...)
		sort.Strings(next)
		for _, m := range next {
			if err := visit(m); err != nil {
				return err
			}
		}
		color[n] = black
		order = append([]string{n}, order...)
		return nil
	}
	sorted := append([]string(nil), d.nodes...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] > sorted[j] })
	for _, n := range sorted {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func components(adj map[int][]int, n int) [][]int {
	seen := make([]bool, n)
	var comps [][]int
	for start := 0; start < n; start++ {
		if seen[start] {
			continue
		}
		var comp []int
		stack := []int{start}
		seen[start] = true
		for len(stack) > 0 {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, top)
			for _, nb := range adj[top] {
				if !seen[nb] {
					seen[nb] = true
					stack = append(stack, nb)
				}
			}
		}
		sort.Ints(comp)
		comps = append(comps, comp)
	}
	return comps
}

func main() {
	d := NewDAG()
	d.Depends("compile", "fetch")
	d.Depends("test", "compile")
	d.Depends("package", "compile")
	d.Depends("deploy", "package")
	d.Depends("deploy", "test")
	d.Depends("docs", "fetch")
	order, err := d.TopoSort()
	fmt.Println("order:", order, "err:", err)

	d.Depends("fetch", "deploy")
	order, err = d.TopoSort()
	fmt.Println("order:", order, "len:", len(order))
	fmt.Println("err:", err, "is cycle:", errors.Is(err, ErrCycle))

	adj := map[int][]int{}
	link := func(a, b int) {
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
	}
	link(0, 4)
	link(4, 7)
	link(1, 2)
	link(3, 5)
	link(5, 8)
	link(8, 3)
	comps := components(adj, 10)
	fmt.Println("components:", len(comps))
	for i, c := range comps {
		fmt.Printf("  #%d size=%d %v\n", i, len(c), c)
	}
}
