package main

import (
	"fmt"
	"sort"
)

// lowerBound returns the first index i such that xs[i] >= target.
func lowerBound(xs []int, target int) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := lo + (hi-lo)/2
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// upperBound returns the first index i such that xs[i] > target.
func upperBound(xs []int, target int) int {
	return sort.Search(len(xs), func(i int) bool { return xs[i] > target })
}

func recursiveSearch(xs []int, target, lo, hi int, steps *int) (int, bool) {
	*steps++
	if lo > hi {
		return -1, false
	}
	mid := (lo + hi) / 2
	switch {
	case xs[mid] == target:
		return mid, true
	case xs[mid] < target:
		return recursiveSearch(xs, target, mid+1, hi, steps)
	default:
		return recursiveSearch(xs, target, lo, mid-1, steps)
	}
}

// isqrt finds floor(sqrt(n)) with binary search on the answer.
func isqrt(n int) int {
	lo, hi := 0, n
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if mid*mid <= n {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	data := []int{42, 7, 19, 3, 7, 88, 23, 7, 56, 19, 100, 1}
	sort.Ints(data)
	fmt.Println("sorted:", data, "ok:", sort.IntsAreSorted(data))

	for _, t := range []int{7, 19, 50, 0, 101, 100} {
		steps := 0
		idx, found := recursiveSearch(data, t, 0, len(data)-1, &steps)
		lb, ub := lowerBound(data, t), upperBound(data, t)
		fmt.Printf("target=%3d found=%-5t idx=%2d steps=%d lower=%2d upper=%2d count=%d\n",
			t, found, idx, steps, lb, ub, ub-lb)
		if si := sort.SearchInts(data, t); si != lb {
			fmt.Println("mismatch for", t)
		}
	}

	names := []string{"mallory", "alice", "dave", "carol", "bob", "eve"}
	sort.Strings(names)
	for _, q := range []string{"carol", "zed", "aaron"} {
		i := sort.SearchStrings(names, q)
		present := i < len(names) && names[i] == q
		fmt.Printf("%-6s -> insert at %d, present=%v\n", q, i, present)
	}

	for _, n := range []int{0, 1, 15, 16, 17, 99, 1000000} {
		fmt.Printf("isqrt(%d)=%d ", n, isqrt(n))
	}
	fmt.Println()

	// Find the first version that is "bad" using a predicate closure.
	firstBad := 37
	calls := 0
	isBad := func(v int) bool {
		calls++
		return v >= firstBad
	}
	v := sort.Search(100, isBad)
	fmt.Printf("first bad version: %d after %d calls\n", v, calls)
}
