// Union-find with path compression and union by rank, used for Kruskal's
// minimum spanning tree and for grouping accounts that share an email.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type DSU struct {
	parent []int
	rank   []int
	sets   int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
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
	switch {
	case d.rank[ra] < d.rank[rb]:
		ra, rb = rb, ra
	case d.rank[ra] == d.rank[rb]:
		d.rank[ra]++
	}
	d.parent[rb] = ra
	d.sets--
	return true
}

type WEdge struct {
	U, V int
	W    int
}

func Kruskal(n int, edges []WEdge) (total int, used []WEdge) {
	sorted := append([]WEdge(nil), edges...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].W < sorted[j].W })
	d := NewDSU(n)
	for _, e := range sorted {
		if d.Union(e.U, e.V) {
			total += e.W
			used = append(used, e)
		}
	}
	return
}

type Account struct {
	Owner  string
	Emails []string
}

func MergeAccounts(accts []Account) [][]string {
	d := NewDSU(len(accts))
	firstSeen := map[string]int{}
	for i, a := range accts {
		for _, e := range a.Emails {
			if j, ok := firstSeen[e]; ok {
				d.Union(i, j)
			} else {
				firstSeen[e] = i
			}
		}
	}
	groups := map[int]map[string]bool{}
	for email, i := range firstSeen {
		root := d.Find(i)
		if groups[root] == nil {
			groups[root] = map[string]bool{}
		}
		groups[root][email] = true
	}
	var out [][]string
	for root, set := range groups {
		row := []string{accts[root].Owner}
		for e := range set {
			row = append(row, e)
		}
		sort.Strings(row[1:])
		out = append(out, row)
	}
	sort.Slice(out, func(i, j int) bool { return strings.Join(out[i], ",") < strings.Join(out[j], ",") })
	return out
}

func main() {
	edges := []WEdge{{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7}, {2, 4, 5},
		{3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11}}
	total, used := Kruskal(7, edges)
	fmt.Printf("MST weight %d using %d edges\n", total, len(used))
	for _, e := range used {
		fmt.Printf("  %c-%c %2d\n", 'A'+rune(e.U), 'A'+rune(e.V), e.W)
	}
	d := NewDSU(10)
	for _, p := range [][2]int{{1, 2}, {3, 4}, {2, 3}, {7, 8}, {1, 4}} {
		fmt.Printf("union%v -> %t, sets=%d\n", p, d.Union(p[0], p[1]), d.sets)
	}
	fmt.Println(d.Find(4) == d.Find(1), d.Find(7) == d.Find(9))
	accts := []Account{
		{"ann", []string{"ann@x.io", "a.smith@mail.com"}},
		{"bob", []string{"bob@y.org"}},
		{"ann", []string{"annie@z.net", "a.smith@mail.com"}},
		{"annie", []string{"annie@z.net", "as@w.com"}},
		{"carl", []string{"carl@q.dev"}},
	}
	for _, g := range MergeAccounts(accts) {
		fmt.Printf("%s: %q\n", g[0], g[1:])
	}
}
