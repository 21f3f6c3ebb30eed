package main

import (
	"fmt"
	"strings"
)

func lcs(a, b string) string {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else if dp[i-1][j] >= dp[i][j-1] {
				dp[i][j] = dp[i-1][j]
			} else {
				dp[i][j] = dp[i][j-1]
			}
		}
	}
	var out []byte
	for i, j := n, m; i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out = append(out, a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return string(out)
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = prev[j-1] + cost
			if prev[j]+1 < cur[j] {
				cur[j] = prev[j] + 1
			}
			if cur[j-1]+1 < cur[j] {
				cur[j] = cur[j-1] + 1
			}
		}
		prev = cur
	}
	return prev[len(rb)]
}

type Item struct {
	Name          string
	Weight, Value int
}

func knapsack(items []Item, capacity int) (int, []string) {
	dp := make([][]int, len(items)+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i, it := range items {
		for w := 0; w <= capacity; w++ {
			dp[i+1][w] = dp[i][w]
			if it.Weight <= w && dp[i][w-it.Weight]+it.Value > dp[i+1][w] {
				dp[i+1][w] = dp[i][w-it.Weight] + it.Value
			}
		}
	}
	var chosen []string
	w := capacity
	for i := len(items); i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	return dp[len(items)][capacity], chosen
}

func coinChange(coins []int, amount int) (int, int) {
	ways := make([]int, amount+1)
	minC := make([]int, amount+1)
	ways[0] = 1
	for i := 1; i <= amount; i++ {
		minC[i] = -1
	}
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
			if minC[a-c] >= 0 && (minC[a] < 0 || minC[a-c]+1 < minC[a]) {
				minC[a] = minC[a-c] + 1
			}
		}
	}
	return ways[amount], minC[amount]
}

func main() {
	fmt.Printf("%q %q %q\n", lcs("ABCBDAB", "BDCABA"), lcs("gopher", "golang"), lcs("", "x"))
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"same", "same"}, {"héllo", "hello"}} {
		fmt.Printf("edit(%s,%s)=%d ", p[0], p[1], editDistance(p[0], p[1]))
	}
	fmt.Println()
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	v, chosen := knapsack(items, 200)
	fmt.Println("knapsack:", v, strings.Join(chosen, ","))
	for _, amt := range []int{0, 11, 100, 3} {
		w, m := coinChange([]int{2, 5, 10, 25}, amt)
		fmt.Printf("amount %d: ways=%d min=%d\n", amt, w, m)
	}
}
