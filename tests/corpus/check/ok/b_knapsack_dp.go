// Dynamic programming toolkit: 0/1 knapsack with item reconstruction,
// edit distance, and the minimum-cost grid path, using the min and max
// builtins (Go 1.21) and a memo map keyed by a struct.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

var ErrCapacity = errors.New("capacity must be positive")

func Knapsack(items []Item, capacity int) (int, []string, error) {
	if capacity <= 0 {
		return 0, nil, fmt.Errorf("knapsack(%d): %w", capacity, ErrCapacity)
	}
	best := make([][]int, len(items)+1)
	for i := range best {
		best[i] = make([]int, capacity+1)
	}
	for i, it := range items {
		for w := 0; w <= capacity; w++ {
			best[i+1][w] = best[i][w]
			if it.Weight <= w {
				best[i+1][w] = max(best[i+1][w], best[i][w-it.Weight]+it.Value)
			}
		}
	}
	var chosen []string
	for i, w := len(items), capacity; i > 0; i-- {
		if best[i][w] != best[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	return best[len(items)][capacity], chosen, nil
}

type pair struct{ i, j int }

func EditDistance(a, b string) int {
	memo := map[pair]int{}
	var d func(i, j int) int
	d = func(i, j int) int {
		if i == len(a) || j == len(b) {
			return max(len(a)-i, len(b)-j)
		}
		if v, ok := memo[pair{i, j}]; ok {
			return v
		}
		var v int
		if a[i] == b[j] {
			v = d(i+1, j+1)
		} else {
			v = 1 + min(d(i+1, j), d(i, j+1), d(i+1, j+1))
		}
		memo[pair{i, j}] = v
		return v
	}
	return d(0, 0)
}

func MinPath(grid [][]float64) float64 {
	rows, cols := len(grid), len(grid[0])
	cost := make([]float64, cols)
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			switch {
			case r == 0 && c == 0:
				cost[c] = grid[0][0]
			case r == 0:
				cost[c] = cost[c-1] + grid[r][c]
			case c == 0:
				cost[c] += grid[r][c]
			default:
				cost[c] = min(cost[c], cost[c-1]) + grid[r][c]
			}
		}
	}
	return cost[cols-1]
}

func main() {
	items := []Item{{"tent", 5, 60}, {"stove", 3, 50}, {"camera", 2, 70}, {"books", 4, 30}, {"snacks", 1, 20}}
	for _, capacity := range []int{10, 6, 0} {
		v, chosen, err := Knapsack(items, capacity)
		if errors.Is(err, ErrCapacity) {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("capacity %2d: value %d with %s\n", capacity, v, strings.Join(chosen, "+"))
	}
	for _, p := range [][2]string{{"kitten", "sitting"}, {"gomini", "gemini"}, {"", "abc"}, {"flaw", "lawn"}} {
		fmt.Printf("edit(%q, %q) = %d\n", p[0], p[1], EditDistance(p[0], p[1]))
	}
	grid := [][]float64{{1, 3, 1, 8}, {1, 5, 1, 2}, {4, 2, 1, 9.5}}
	fmt.Printf("min path cost %5.2f, clamp %d %d\n", MinPath(grid), max(0, min(150, -7)), min(3, 9, 1, 4))
}
