package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func minMax(first int, rest ...int) (min, max int) {
	min, max = first, first
	for _, v := range rest {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
	}
	return
}

func joinWith(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func logf(prefix string, format string, args ...interface{}) string {
	return prefix + ": " + fmt.Sprintf(format, args...)
}

func countArgs(args ...interface{}) string {
	return fmt.Sprint(len(args), args == nil)
}

func modifyVariadic(xs ...int) {
	for i := range xs {
		xs[i] *= 10
	}
}

func stats(nums ...float64) (mean float64, count int) {
	count = len(nums)
	if count == 0 {
		return 0, 0
	}
	for _, n := range nums {
		mean += n
	}
	mean /= float64(count)
	return
}

func swap(a, b string) (string, string) { return b, a }

func pair() (int, string) { return 7, "seven" }

func takesPair(n int, s string) string { return fmt.Sprint(s, "=", n) }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(minMax(5))
	fmt.Println(minMax(5, 9, -2, 7))
	lo, hi := minMax(nums[0], nums[1:]...)
	fmt.Println(lo, hi)
	fmt.Println(joinWith("-", "a", "b", "c"), joinWith("+"))
	fmt.Println(logf("INFO", "%d items at %s", 3, "noon"))
	fmt.Println(logf("WARN", "no args"))
	fmt.Println(countArgs(), countArgs(nil), countArgs(1, "a"))
	var empty []interface{}
	fmt.Println(countArgs(empty...))

	modifyVariadic(nums...)
	fmt.Println(nums)
	modifyVariadic(1, 2)

	m, c := stats(1, 2, 3, 4)
	fmt.Println(m, c)
	fmt.Println(stats())

	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(swap(swap("p", "q")))
	fmt.Println(takesPair(pair()))
	_, s := pair()
	fmt.Println(s)

	fs := []func(...int) int{sum, func(xs ...int) int { return len(xs) }}
	for _, f := range fs {
		fmt.Println(f(1, 2, 3, 4))
	}
	fmt.Printf("%T\n", sum)
}
