package main

import (
	"fmt"
	"math"
)

type Combine func(a, b int) int

type SegTree struct {
	n     int
	tree  []int
	ident int
	op    Combine
	name  string
}

func NewSegTree(name string, xs []int, ident int, op Combine) *SegTree {
	n := 1
	for n < len(xs) {
		n <<= 1
	}
	st := &SegTree{n: n, tree: make([]int, 2*n), ident: ident, op: op, name: name}
	for i := range st.tree {
		st.tree[i] = ident
	}
	copy(st.tree[n:], xs)
	for i := n - 1; i >= 1; i-- {
		st.tree[i] = op(st.tree[2*i], st.tree[2*i+1])
	}
	return st
}

func (st *SegTree) Update(i, v int) {
	i += st.n
	st.tree[i] = v
	for i > 1 {
		i /= 2
		st.tree[i] = st.op(st.tree[2*i], st.tree[2*i+1])
	}
}

// Query combines the half-open range [l, r).
func (st *SegTree) Query(l, r int) int {
	resL, resR := st.ident, st.ident
	for l, r = l+st.n, r+st.n; l < r; l, r = l/2, r/2 {
		if l&1 == 1 {
			resL = st.op(resL, st.tree[l])
			l++
		}
		if r&1 == 1 {
			r--
			resR = st.op(st.tree[r], resR)
		}
	}
	return st.op(resL, resR)
}

type Fenwick []int

func (f Fenwick) Add(i, delta int) {
	for i++; i < len(f); i += i & -i {
		f[i] += delta
	}
}

func (f Fenwick) Prefix(i int) int {
	s := 0
	for ; i > 0; i -= i & -i {
		s += f[i]
	}
	return s
}

func main() {
	xs := []int{5, 3, 8, 6, 1, 4, 7, 2, 9}
	trees := []*SegTree{
		NewSegTree("sum", xs, 0, func(a, b int) int { return a + b }),
		NewSegTree("min", xs, math.MaxInt64, func(a, b int) int {
			if a < b {
				return a
			}
			return b
		}),
		NewSegTree("max", xs, math.MinInt64, func(a, b int) int {
			if a > b {
				return a
			}
			return b
		}),
		NewSegTree("gcd", xs, 0, func(a, b int) int {
			for b != 0 {
				a, b = b, a%b
			}
			return a
		}),
	}
	queries := [][2]int{{0, 9}, {2, 5}, {4, 5}, {6, 9}, {3, 3}}
	for _, st := range trees {
		fmt.Printf("%-4s n=%2d:", st.name, st.n)
		for _, q := range queries {
			fmt.Printf(" [%d,%d)=%d", q[0], q[1], st.Query(q[0], q[1]))
		}
		fmt.Println()
	}
	for _, st := range trees {
		st.Update(4, 12)
		st.Update(0, 6)
	}
	for _, st := range trees {
		fmt.Printf("%s after: %d %d\n", st.name, st.Query(0, 9), st.Query(0, 5))
	}
	fw := make(Fenwick, len(xs)+1)
	for i, x := range xs {
		fw.Add(i, x)
	}
	fmt.Println(fw.Prefix(9), fw.Prefix(3), fw.Prefix(0), fw.Prefix(5)-fw.Prefix(2))
	fw.Add(2, -8)
	fmt.Println(fw.Prefix(9), fw.Prefix(3))
	inversions := 0
	arr := []int{3, 1, 4, 1, 5, 9, 2, 6}
	bit := make(Fenwick, 11)
	for i := len(arr) - 1; i >= 0; i-- {
		inversions += bit.Prefix(arr[i])
		bit.Add(arr[i], 1)
	}
	fmt.Println("inversions:", inversions)
}
