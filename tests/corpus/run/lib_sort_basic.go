package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := []int{5, -2, 9, 0, 5, 3, -7, 12, 1}
	fmt.Println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))

	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.IntsAreSorted(empty), sort.IntsAreSorted([]int{1}), sort.IntsAreSorted([]int{2, 2, 2}))

	strs := []string{"banana", "Apple", "cherry", "apple", "", "Banana", "éclair", "zebra", "123", "_x"}
	fmt.Println(sort.StringsAreSorted(strs))
	sort.Strings(strs)
	fmt.Printf("%q %t\n", strs, sort.StringsAreSorted(strs))

	floats := []float64{3.5, -1.25, math.Inf(1), 0, 2.75, math.Inf(-1), -0.5, 1e-9, 1e9}
	sort.Float64s(floats)
	fmt.Println(floats)

	big := make([]int, 50)
	for i := range big {
		big[i] = (i*37 + 11) % 50
	}
	sort.Ints(big)
	ok := true
	for i, v := range big {
		if v != i {
			ok = false
		}
	}
	fmt.Println("permutation sorted:", ok, big[:5], big[45:])

	sub := []int{9, 8, 7, 6, 5, 4, 3, 2, 1}
	sort.Ints(sub[2:6])
	fmt.Println(sub)

	words := []string{"go", "rust", "c", "zig", "odin", "ada"}
	sorted := append([]string(nil), words...)
	sort.Strings(sorted)
	fmt.Println(words, sorted)

	rev := []int{1, 2, 3, 4, 5}
	sort.Slice(rev, func(i, j int) bool { return rev[i] > rev[j] })
	fmt.Println(rev)

	median := func(xs []float64) float64 {
		c := append([]float64(nil), xs...)
		sort.Float64s(c)
		n := len(c)
		if n%2 == 1 {
			return c[n/2]
		}
		return (c[n/2-1] + c[n/2]) / 2
	}
	fmt.Println(median([]float64{5, 1, 4}), median([]float64{7, 1, 3, 9}), median([]float64{2}))

	dedupe := func(xs []int) []int {
		c := append([]int(nil), xs...)
		sort.Ints(c)
		out := c[:0]
		for i, v := range c {
			if i == 0 || v != c[i-1] {
				out = append(out, v)
			}
		}
		return out
	}
	fmt.Println(dedupe([]int{3, 1, 3, 2, 1, 5, 5, 5}), dedupe(nil))
	anagram := func(a, b string) bool {
		ra, rb := []string{}, []string{}
		for _, r := range a {
			ra = append(ra, string(r))
		}
		for _, r := range b {
			rb = append(rb, string(r))
		}
		sort.Strings(ra)
		sort.Strings(rb)
		return fmt.Sprint(ra) == fmt.Sprint(rb)
	}
	fmt.Println(anagram("listen", "silent"), anagram("añob", "boña"), anagram("abc", "abd"))
}
