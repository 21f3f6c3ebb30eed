// Multiple return values, named results with bare return, and passing
// multi-value calls straight to another function.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func parseKV(s string) (key string, value int, err error) {
	k, v, found := strings.Cut(s, "=")
	if !found {
		err = fmt.Errorf("missing '=' in %q", s)
		return
	}
	key = strings.TrimSpace(k)
	value, err = strconv.Atoi(strings.TrimSpace(v))
	return
}

func minMax(xs []float64) (lo, hi float64) {
	if len(xs) == 0 {
		return 0, 0
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

func swap(a, b string) (string, string) { return b, a }

func show(a, b int) string { return fmt.Sprint(a, "r", b) }

func main() {
	fmt.Println(show(divmod(17, 5)))
	for _, in := range []string{"a = 1", "b=x", "c"} {
		k, v, err := parseKV(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(k, v)
	}
	lo, hi := minMax([]float64{3.5, -1, 8, 2})
	fmt.Println(lo, hi)
	x, y := swap("left", "right")
	x, y = swap(x, y)
	fmt.Println(x, y)
	_, r := divmod(9, 4)
	fmt.Println(r)
}
