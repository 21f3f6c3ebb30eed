package main

import (
	"errors"
	"fmt"
	"strings"
)

// No parameters, no results.
func hello() {
	fmt.Println("hello")
}

// Unnamed parameters and a single unnamed result.
func ignore(int, string) bool { return true }

// Grouped parameters.
func add3(a, b int, c int) int { return a + b + c }

// Named results, grouped.
func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

// Named results of different types.
func parse(s string) (value int, rest string, err error) {
	if s == "" {
		err = errors.New("empty")
		return
	}
	return len(s), s[1:], nil
}

// Multiple unnamed results.
func pair() (int, string) { return 1, "one" }

// Parenthesized single result.
func single() (int) { return 1 }

// Variadic parameters.
func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func logf(format string, args ...interface{}) { fmt.Printf(format+"\n", args...) }

// Unnamed variadic parameter.
func count(...int) {}

// Blank parameter names.
func blanks(_ int, _, _ string) {}

// Function returning a function.
func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

// Function taking a function with a trailing comma in a multi-line list.
func transform(
	xs []int,
	f func(int) int,
) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Parameters of compound and parenthesized types.
func complexParams(m map[string][]int, ch <-chan *int, p *[2]struct{}, q (int)) {}

func main() {
	hello()
	q, r := divmod(17, 5)
	v, rest, err := parse("abc")
	n, s := pair()
	fmt.Println(ignore(1, "x"), add3(1, 2, 3), q, r, v, rest, err, n, s, single())
	fmt.Println(sum(), sum(1, 2, 3), join("-", "a", "b"), adder(10)(5), transform([]int{1, 2}, adder(1)))
	logf("%d-%s", 1, "x")
	count(1, 2)
	blanks(1, "a", "b")
	complexParams(nil, nil, nil, 0)
}
