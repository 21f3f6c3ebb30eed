package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

func knapsack(items []Item, capacity int) (int, []Item) {
	n := len(items)
	best := make([][]int, n+1)
	for i := range best {
		best[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			best[i][w] = best[i-1][w]
			if it.Weight <= w {
				if v := best[i-1][w-it.Weight] + it.Value; v > best[i][w] {
					best[i][w] = v
				}
			}
		}
	}
	var chosen []Item
	w := capacity
	for i := n; i > 0; i-- {
		if best[i][w] != best[i-1][w] {
			chosen = append(chosen, items[i-1])
			w -= items[i-1].Weight
		}
	}
	return best[n][capacity], chosen
}

func minCoins(coins []int, amount int) (int, map[int]int) {
	const inf = 1 << 30
	dp := make([]int, amount+1)
	last := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = inf
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
				last[i] = c
			}
		}
	}
	if dp[amount] == inf {
		return -1, nil
	}
	used := map[int]int{}
	for a := amount; a > 0; a -= last[a] {
		used[last[a]]++
	}
	return dp[amount], used
}

func countWays(coins []int, amount int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func main() {
	items := []Item{
		{"tent", 5, 60}, {"stove", 3, 50}, {"rope", 1, 15},
		{"camera", 2, 40}, {"books", 4, 30}, {"food", 3, 45},
	}
	for _, cap := range []int{0, 4, 8, 12} {
		total, chosen := knapsack(items, cap)
		sort.Slice(chosen, func(i, j int) bool { return chosen[i].Name < chosen[j].Name })
		weight := 0
		names := []string{}
		for _, c := range chosen {
			weight += c.Weight
			names = append(names, c.Name)
		}
		fmt.Printf("cap=%2d value=%3d weight=%2d items=%v\n", cap, total, weight, names)
	}

	systems := map[string][]int{
		"us":   {1, 5, 10, 25},
		"odd":  {1, 3, 4},
		"even": {2, 6},
	}
	keys := make([]string, 0, len(systems))
	for k := range systems {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, amt := range []int{6, 37, 63} {
			n, used := minCoins(systems[k], amt)
			fmt.Printf("%-4s amount=%2d coins=%2d used=%v ways=%d\n", k, amt, n, used, countWays(systems[k], amt))
		}
	}
	fmt.Println("ways to make 200 from UK coins:", countWays([]int{1, 2, 5, 10, 20, 50, 100, 200}, 200))
}
