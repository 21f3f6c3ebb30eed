package main

import "fmt"

type Prefix1D []int

func NewPrefix1D(xs []int) Prefix1D {
	p := make(Prefix1D, len(xs)+1)
	for i, x := range xs {
		p[i+1] = p[i] + x
	}
	return p
}

// Sum returns the sum of xs[l:r].
func (p Prefix1D) Sum(l, r int) int { return p[r] - p[l] }

type Prefix2D [][]int

func NewPrefix2D(m [][]int) Prefix2D {
	rows, cols := len(m), len(m[0])
	p := make(Prefix2D, rows+1)
	for i := range p {
		p[i] = make([]int, cols+1)
	}
	for i := 1; i <= rows; i++ {
		for j := 1; j <= cols; j++ {
			p[i][j] = m[i-1][j-1] + p[i-1][j] + p[i][j-1] - p[i-1][j-1]
		}
	}
	return p
}

// Rect sums rows r1..r2 and cols c1..c2 inclusive.
func (p Prefix2D) Rect(r1, c1, r2, c2 int) int {
	return p[r2+1][c2+1] - p[r1][c2+1] - p[r2+1][c1] + p[r1][c1]
}

func subarraysWithSum(xs []int, k int) int {
	count := map[int]int{0: 1}
	sum, total := 0, 0
	for _, x := range xs {
		sum += x
		total += count[sum-k]
		count[sum]++
	}
	return total
}

func difference(n int, updates [][3]int) []int {
	diff := make([]int, n+1)
	for _, u := range updates {
		diff[u[0]] += u[2]
		diff[u[1]+1] -= u[2]
	}
	out := make([]int, n)
	run := 0
	for i := 0; i < n; i++ {
		run += diff[i]
		out[i] = run
	}
	return out
}

func equilibrium(xs []int) []int {
	p := NewPrefix1D(xs)
	total := p[len(xs)]
	var out []int
	for i := range xs {
		if p[i] == total-p[i+1] {
			out = append(out, i)
		}
	}
	return out
}

func main() {
	xs := []int{3, -1, 4, 1, -5, 9, 2, -6}
	p := NewPrefix1D(xs)
	fmt.Println(p)
	for _, q := range [][2]int{{0, 8}, {2, 5}, {3, 3}, {5, 7}, {0, 1}} {
		fmt.Printf("sum[%d:%d]=%d ", q[0], q[1], p.Sum(q[0], q[1]))
	}
	fmt.Println()
	m := [][]int{
		{1, 2, 3, 4},
		{5, 6, 7, 8},
		{9, 10, 11, 12},
	}
	p2 := NewPrefix2D(m)
	fmt.Println(p2.Rect(0, 0, 2, 3), p2.Rect(1, 1, 2, 2), p2.Rect(0, 3, 2, 3), p2.Rect(2, 0, 2, 0))
	for _, row := range p2 {
		fmt.Printf("%3d\n", row)
	}
	fmt.Println(subarraysWithSum([]int{1, 1, 1}, 2), subarraysWithSum([]int{1, 2, 3, -3, 3}, 3), subarraysWithSum(nil, 0))
	fmt.Println(difference(6, [][3]int{{0, 2, 5}, {1, 4, 2}, {3, 5, -1}, {5, 5, 10}}))
	fmt.Println(equilibrium([]int{-7, 1, 5, 2, -4, 3, 0}), equilibrium([]int{1, 2, 3}), equilibrium([]int{0}))
	var best, bestL, bestR int
	minP, minIdx := 0, 0
	best = xs[0]
	for i := 1; i <= len(xs); i++ {
		if p[i]-minP > best {
			best, bestL, bestR = p[i]-minP, minIdx, i
		}
		if p[i] < minP {
			minP, minIdx = p[i], i
		}
	}
	fmt.Println("max subarray:", best, xs[bestL:bestR])
}
