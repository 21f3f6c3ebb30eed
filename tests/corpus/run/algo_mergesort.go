package main

import (
	"fmt"
	"strings"
)

// mergeCount sorts xs and returns the number of inversions.
func mergeCount(xs []int) ([]int, int) {
	if len(xs) <= 1 {
		return xs, 0
	}
	mid := len(xs) / 2
	left, a := mergeCount(xs[:mid])
	right, b := mergeCount(xs[mid:])
	merged := make([]int, 0, len(xs))
	inv := a + b
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if left[i] <= right[j] {
			merged = append(merged, left[i])
			i++
		} else {
			merged = append(merged, right[j])
			inv += len(left) - i
			j++
		}
	}
	merged = append(merged, left[i:]...)
	merged = append(merged, right[j:]...)
	return merged, inv
}

func mergeStrings(words []string, cmp func(a, b string) bool) []string {
	if len(words) < 2 {
		out := make([]string, len(words))
		copy(out, words)
		return out
	}
	l := mergeStrings(words[:len(words)/2], cmp)
	r := mergeStrings(words[len(words)/2:], cmp)
	res := make([]string, 0, len(l)+len(r))
	for len(l) > 0 && len(r) > 0 {
		if cmp(r[0], l[0]) {
			res = append(res, r[0])
			r = r[1:]
		} else {
			res = append(res, l[0])
			l = l[1:]
		}
	}
	res = append(res, l...)
	return append(res, r...)
}

// bottomUp is an iterative merge sort.
func bottomUp(xs []int) []int {
	src := append([]int(nil), xs...)
	dst := make([]int, len(xs))
	for width := 1; width < len(src); width *= 2 {
		for lo := 0; lo < len(src); lo += 2 * width {
			mid, hi := lo+width, lo+2*width
			if mid > len(src) {
				mid = len(src)
			}
			if hi > len(src) {
				hi = len(src)
			}
			i, j, k := lo, mid, lo
			for k < hi {
				if i < mid && (j >= hi || src[i] <= src[j]) {
					dst[k] = src[i]
					i++
				} else {
					dst[k] = src[j]
					j++
				}
				k++
			}
		}
		src, dst = dst, src
		fmt.Printf("  width %d: %v\n", width, src)
	}
	return src
}

func main() {
	cases := [][]int{
		{},
		{1},
		{2, 1},
		{1, 2, 3, 4},
		{4, 3, 2, 1},
		{8, 4, 2, 1, 9, 3, 7},
	}
	for _, c := range cases {
		s, inv := mergeCount(c)
		fmt.Printf("%-17v sorted=%-17v inversions=%d\n", fmt.Sprint(c), fmt.Sprint(s), inv)
	}

	words := strings.Fields("pear Apple fig banana cherry date Elderberry grape kiwi")
	byLen := func(a, b string) bool { return len(a) < len(b) }
	fold := func(a, b string) bool { return strings.ToLower(a) < strings.ToLower(b) }
	fmt.Println("stable by length:", mergeStrings(words, byLen))
	fmt.Println("case-folded:     ", mergeStrings(words, fold))
	fmt.Println("input:           ", words)

	fmt.Println("bottom-up:")
	out := bottomUp([]int{38, 27, 43, 3, 9, 82, 10, 5, 1})
	fmt.Println("result:", out)
}
