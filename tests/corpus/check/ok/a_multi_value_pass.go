// Multi-value results passed straight into another call f(g()), named
// results with bare returns, and results reassigned in deferred closures.
package main

import (
	"errors"
	"fmt"
	"strings"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func combine(q, r int) string { return fmt.Sprintf("%dr%d", q, r) }

func split(s string) (head, tail string) {
	head, tail, _ = strings.Cut(s, "=")
	return
}

func kv(k, v string) string { return strings.ToUpper(k) + " -> " + v }

func minMax(xs ...int) (lo, hi int, err error) {
	if len(xs) == 0 {
		err = errors.New("empty input")
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func report(lo, hi int, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	return fmt.Sprintf("range [%d, %d] span %d", lo, hi, hi-lo)
}

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = -1
		}
	}()
	res = a / b
	return
}

func swap(a, b string) (string, string) { return b, a }

func pairs() (int, string) { return 3, "ab" }

func main() {
	fmt.Println(combine(divmod(17, 5)))
	fmt.Println(divmod(-17, 5))
	fmt.Println(kv(split("name=gomini")))
	fmt.Println(kv(swap(split("a=b"))))
	fmt.Println(report(minMax(7, 2, 9, 4)))
	fmt.Println(report(minMax()))
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(strings.Repeat(swapSecond(pairs())))
	lines := []string{}
	for _, s := range []string{"x=1", "y=2", "novalue"} {
		k, v := split(s)
		lines = append(lines, kv(k, v))
	}
	fmt.Println(strings.Join(lines, "; "))
}

func swapSecond(n int, s string) (string, int) { return s, n }
