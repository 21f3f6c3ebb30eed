package main

import (
	"fmt"
	"sort"
	"strings"
)

func nQueens(n int) [][]int {
	var solutions [][]int
	cols := make([]int, 0, n)
	used := make(map[int]bool)
	diag1 := make(map[int]bool)
	diag2 := make(map[int]bool)
	var place func(row int)
	place = func(row int) {
		if row == n {
			sol := make([]int, n)
			copy(sol, cols)
			solutions = append(solutions, sol)
			return
		}
		for c := 0; c < n; c++ {
			if used[c] || diag1[row+c] || diag2[row-c] {
				continue
			}
			used[c], diag1[row+c], diag2[row-c] = true, true, true
			cols = append(cols, c)
			place(row + 1)
			cols = cols[:len(cols)-1]
			used[c], diag1[row+c], diag2[row-c] = false, false, false
		}
	}
	place(0)
	return solutions
}

func board(sol []int) string {
	var lines []string
	for _, c := range sol {
		lines = append(lines, strings.Repeat(". ", c)+"Q "+strings.Repeat(". ", len(sol)-c-1))
	}
	return strings.Join(lines, "\n")
}

func permutations(xs []rune) []string {
	if len(xs) == 0 {
		return []string{""}
	}
	var out []string
	seen := map[rune]bool{}
	for i, r := range xs {
		if seen[r] {
			continue
		}
		seen[r] = true
		rest := make([]rune, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(r)+p)
		}
	}
	return out
}

func subsetsSum(nums []int, target int) [][]int {
	var res [][]int
	var cur []int
	var walk func(i, sum int)
	walk = func(i, sum int) {
		if sum == target {
			res = append(res, append([]int(nil), cur...))
		}
		for j := i; j < len(nums); j++ {
			if sum+nums[j] > target || (j > i && nums[j] == nums[j-1]) {
				continue
			}
			cur = append(cur, nums[j])
			walk(j+1, sum+nums[j])
			cur = cur[:len(cur)-1]
		}
	}
	sort.Ints(nums)
	walk(0, 0)
	return res
}

func main() {
	for n := 1; n <= 8; n++ {
		fmt.Printf("queens(%d)=%d ", n, len(nQueens(n)))
	}
	fmt.Println()
	six := nQueens(6)
	fmt.Println("first 6-queens solution:", six[0])
	fmt.Println(board(six[0]))

	perms := permutations([]rune("aabc"))
	fmt.Println(len(perms), "unique perms:", perms)

	combos := subsetsSum([]int{10, 1, 2, 7, 6, 1, 5}, 8)
	fmt.Println("subsets summing to 8:", combos)
}
