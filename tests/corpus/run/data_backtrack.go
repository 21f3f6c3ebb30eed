package main

import (
	"fmt"
	"sort"
	"strings"
)

func nQueens(n int) (int, []int) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var first []int
	count := 0
	var place func(r int)
	place = func(r int) {
		if r == n {
			if first == nil {
				first = append([]int(nil), pos...)
			}
			count++
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			pos[r] = c
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return count, first
}

func permutations(xs []int) [][]int {
	var out [][]int
	used := make([]bool, len(xs))
	cur := []int{}
	sorted := append([]int(nil), xs...)
	sort.Ints(sorted)
	var rec func()
	rec = func() {
		if len(cur) == len(sorted) {
			out = append(out, append([]int(nil), cur...))
			return
		}
		for i, v := range sorted {
			if used[i] || (i > 0 && sorted[i] == sorted[i-1] && !used[i-1]) {
				continue
			}
			used[i] = true
			cur = append(cur, v)
			rec()
			cur = cur[:len(cur)-1]
			used[i] = false
		}
	}
	rec()
	return out
}

func subsets(xs []string) [][]string {
	var out [][]string
	var rec func(i int, cur []string)
	rec = func(i int, cur []string) {
		if i == len(xs) {
			out = append(out, append([]string{}, cur...))
			return
		}
		rec(i+1, cur)
		rec(i+1, append(cur, xs[i]))
	}
	rec(0, nil)
	return out
}

func combinationSum(cands []int, target int) [][]int {
	var out [][]int
	var rec func(start, remain int, cur []int)
	rec = func(start, remain int, cur []int) {
		if remain == 0 {
			out = append(out, append([]int(nil), cur...))
			return
		}
		for i := start; i < len(cands) && cands[i] <= remain; i++ {
			rec(i, remain-cands[i], append(cur, cands[i]))
		}
	}
	rec(0, target, nil)
	return out
}

func board(pos []int) string {
	var b strings.Builder
	for _, c := range pos {
		b.WriteString(strings.Repeat(". ", c) + "Q" + strings.Repeat(" .", len(pos)-c-1) + "\n")
	}
	return b.String()
}

func main() {
	for n := 1; n <= 8; n++ {
		c, _ := nQueens(n)
		fmt.Print(c, " ")
	}
	fmt.Println()
	_, first := nQueens(6)
	fmt.Print(board(first))
	fmt.Println(permutations([]int{3, 1, 2}))
	fmt.Println(permutations([]int{1, 1, 2}), len(permutations([]int{1, 2, 3, 4})))
	fmt.Println(len(permutations(nil)), permutations(nil))
	for _, s := range subsets([]string{"a", "b", "c"}) {
		fmt.Printf("%q ", s)
	}
	fmt.Println()
	fmt.Println(combinationSum([]int{2, 3, 5}, 8))
	fmt.Println(combinationSum([]int{2, 3, 6, 7}, 7), combinationSum([]int{5}, 3))
}
