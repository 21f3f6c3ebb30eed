package main

import (
	"fmt"
	"sort"
)

type DSU struct {
	parent, rank, size []int
	sets               int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n), size: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
		d.size[i] = 1
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.rank[ra] < d.rank[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	if d.rank[ra] == d.rank[rb] {
		d.rank[ra]++
	}
	d.sets--
	return true
}

func (d *DSU) Groups() [][]int {
	m := map[int][]int{}
	for i := range d.parent {
		r := d.Find(i)
		m[r] = append(m[r], i)
	}
	var out [][]int
	for _, g := range m {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

type Edge struct{ U, V, W int }

func kruskal(n int, edges []Edge) (int, []Edge) {
	sorted := append([]Edge(nil), edges...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].W < sorted[j].W })
	d := NewDSU(n)
	total := 0
	var used []Edge
	for _, e := range sorted {
		if d.Union(e.U, e.V) {
			total += e.W
			used = append(used, e)
		}
	}
	return total, used
}

func main() {
	d := NewDSU(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {5, 6}, {6, 4}, {8, 9}, {0, 2}}
	for _, p := range pairs {
		fmt.Printf("union(%d,%d)=%t ", p[0], p[1], d.Union(p[0], p[1]))
	}
	fmt.Println()
	fmt.Println("sets:", d.sets, "groups:", d.Groups())
	fmt.Println(d.Find(3) == d.Find(0), d.Find(7) == d.Find(8), d.size[d.Find(2)])

	edges := []Edge{{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7}, {2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11}}
	total, used := kruskal(7, edges)
	fmt.Println("mst weight:", total, "edges:", used)

	grid := []string{
		"11000",
		"11011",
		"00100",
		"00011",
		"10011",
	}
	rows, cols := len(grid), len(grid[0])
	g := NewDSU(rows * cols)
	land := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if grid[r][c] != '1' {
				continue
			}
			land++
			if r+1 < rows && grid[r+1][c] == '1' {
				g.Union(r*cols+c, (r+1)*cols+c)
			}
			if c+1 < cols && grid[r][c+1] == '1' {
				g.Union(r*cols+c, r*cols+c+1)
			}
		}
	}
	water := rows*cols - land
	fmt.Println("islands:", g.sets-water, "land:", land)
}
