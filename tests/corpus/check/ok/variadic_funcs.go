// Variadic functions: calling with no arguments, several, and a spread
// slice; forwarding to fmt; a variadic of interfaces.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func joinWith(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func logf(level string, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	fmt.Printf("[%s] %s\n", strings.ToUpper(level), msg)
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func apply(f func(...int) int, groups ...[]int) []int {
	var res []int
	for _, g := range groups {
		res = append(res, f(g...))
	}
	return res
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	fmt.Println(joinWith("-", "a", "b", "c"), joinWith("/"))
	logf("info", "%d items, %s", len(xs), "ok")
	logf("warn", "no args")
	fmt.Println(maxOf(3), maxOf(3, 9, 2))
	fmt.Println(apply(sum, []int{1, 1}, nil, xs))
	var iface []any
	iface = append(iface, 1, "two", 3.0)
	fmt.Println(iface...)
}
