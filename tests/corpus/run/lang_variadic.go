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

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprintf("%s[%d]%v nil=%t", prefix, len(vals), vals, vals == nil)
}

func joinWith(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func apply(f func(...int) int, groups ...[]int) []int {
	var out []int
	for _, g := range groups {
		out = append(out, f(g...))
	}
	return out
}

type Logger struct{ lines []string }

func (l *Logger) Logf(format string, args ...interface{}) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
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

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), sum(nums[:1]...), sum([]int{}...))

	fmt.Println(describe("none"))
	fmt.Println(describe("two", 1, "a"))
	var nilSlice []interface{}
	fmt.Println(describe("spread-nil", nilSlice...))
	fmt.Println(describe("spread", []interface{}{1, 2}...))
	fmt.Println(describe("one-slice", []int{1, 2}))

	fmt.Println(joinWith("-", "a", "b", "c"), joinWith(","), joinWith("+", strings.Fields(" x y  z ")...))

	data := []int{1, 2, 3}
	mutate(data...)
	fmt.Println(data)
	mutate(7, 8)
	copyData := []int{9, 9}
	mutate(append([]int(nil), copyData...)...)
	fmt.Println(copyData)

	fmt.Println(apply(sum, []int{1, 2}, []int{}, []int{10, 20, 30}))
	fmt.Println(maxOf(3), maxOf(3, 9, 2), maxOf(-5, nums...))

	lg := &Logger{}
	lg.Logf("plain")
	lg.Logf("%d-%s", 1, "x")
	args := []interface{}{"a", 2.5}
	lg.Logf("%v/%v", args...)
	lg.Logf("%v", args)
	fmt.Println(strings.Join(lg.lines, " | "))

	fn := func(xs ...string) int { return len(xs) }
	fmt.Println(fn(), fn("a"), fn([]string{"a", "b"}...))
	fmt.Printf("%T\n", fn)
	all := append([]int{0}, nums...)
	all = append(all, all...)
	fmt.Println(all, len(all))
	bs := append([]byte("go"), "mini"...)
	fmt.Println(string(bs))
}
