package main

import (
	"fmt"
	"strings"
)

func maxSumWindow(xs []int, k int) (int, int) {
	if k > len(xs) || k <= 0 {
		return 0, -1
	}
	sum := 0
	for i := 0; i < k; i++ {
		sum += xs[i]
	}
	best, at := sum, 0
	for i := k; i < len(xs); i++ {
		sum += xs[i] - xs[i-k]
		if sum > best {
			best, at = sum, i-k+1
		}
	}
	return best, at
}

func slidingMax(xs []int, k int) []int {
	var dq []int
	var out []int
	for i, x := range xs {
		for len(dq) > 0 && xs[dq[len(dq)-1]] <= x {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if dq[0] <= i-k {
			dq = dq[1:]
		}
		if i >= k-1 {
			out = append(out, xs[dq[0]])
		}
	}
	return out
}

func longestUnique(s string) string {
	last := map[rune]int{}
	rs := []rune(s)
	start, bestStart, bestLen := 0, 0, 0
	for i, r := range rs {
		if p, ok := last[r]; ok && p >= start {
			start = p + 1
		}
		last[r] = i
		if i-start+1 > bestLen {
			bestStart, bestLen = start, i-start+1
		}
	}
	return string(rs[bestStart : bestStart+bestLen])
}

func minWindow(s, t string) string {
	need := map[byte]int{}
	for i := 0; i < len(t); i++ {
		need[t[i]]++
	}
	missing := len(t)
	bestL, bestR := 0, -1
	l := 0
	for r := 0; r < len(s); r++ {
		if need[s[r]] > 0 {
			missing--
		}
		need[s[r]]--
		for missing == 0 {
			if bestR < 0 || r-l < bestR-bestL {
				bestL, bestR = l, r
			}
			need[s[l]]++
			if need[s[l]] > 0 {
				missing++
			}
			l++
		}
	}
	return s[bestL : bestR+1]
}

func shortestSubarrayAtLeast(xs []int, target int) int {
	best := len(xs) + 1
	sum, l := 0, 0
	for r, x := range xs {
		sum += x
		for sum >= target {
			if r-l+1 < best {
				best = r - l + 1
			}
			sum -= xs[l]
			l++
		}
	}
	if best > len(xs) {
		return 0
	}
	return best
}

func main() {
	xs := []int{1, 3, -1, -3, 5, 3, 6, 7}
	for _, k := range []int{1, 3, 8, 9, 0} {
		s, at := maxSumWindow(xs, k)
		fmt.Printf("k=%d maxsum=%d at=%d\n", k, s, at)
	}
	fmt.Println(slidingMax(xs, 3), slidingMax(xs, 1), slidingMax([]int{9, 8, 7, 6}, 2))
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "", "dvdf", "日本日本語"} {
		fmt.Printf("%q -> %q\n", s, longestUnique(s))
	}
	fmt.Printf("%q %q %q\n", minWindow("ADOBECODEBANC", "ABC"), minWindow("a", "aa"), minWindow("aaflslflsldkalskaaa", "aaa"))
	fmt.Println(shortestSubarrayAtLeast([]int{2, 3, 1, 2, 4, 3}, 7), shortestSubarrayAtLeast([]int{1, 1, 1}, 5), shortestSubarrayAtLeast([]int{10}, 7))
	temps := []int{30, 32, 35, 31, 28, 27, 33, 36, 38, 34}
	var avgs []string
	for i := 0; i+3 <= len(temps); i++ {
		sum := 0
		for _, t := range temps[i : i+3] {
			sum += t
		}
		avgs = append(avgs, fmt.Sprintf("%.1f", float64(sum)/3))
	}
	fmt.Println(strings.Join(avgs, " "))
}
