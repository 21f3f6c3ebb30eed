// Labeled break and continue across nested loops, a switch inside a
// loop, and goto for a retry.
package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	ri, ci := -1, -1
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				ri, ci = i, j
				break outer
			}
		}
	}
	return ri, ci, ri >= 0
}

func primes(limit int) []int {
	var ps []int
next:
	for n := 2; len(ps) < limit; n++ {
		for _, p := range ps {
			if n%p == 0 {
				continue next
			}
		}
		ps = append(ps, n)
	}
	return ps
}

func retry() int {
	attempts := 0
again:
	attempts++
	if attempts < 3 {
		goto again
	}
	return attempts
}

func main() {
	grid := [][]int{{1, 2, 3}, {-1, 9, 9}, {4, 9, 6}}
	fmt.Println(findPair(grid, 9))
	fmt.Println(primes(8))
	fmt.Println(retry())
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 7:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
}
