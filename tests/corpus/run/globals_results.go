// Package variables initialised in dependency order (not declaration
// order), read and written by functions; functions with several results,
// named results and bare returns.
package main

var total = base * 2
var base = seed() + 1
var calls int
var label = "run"

func seed() int {
	calls++
	return 20
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minmax(a, b, c int) (int, int) {
	lo, hi := a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return lo, hi
}

func swap(x, y string) (string, string) {
	return y, x
}

func bump() {
	total += 100
	label = label + "!"
}

func main() {
	println(label, base, total, calls)
	q, r := divmod(17, 5)
	println(q, r)
	lo, hi := minmax(7, -3, 12)
	println(lo, hi)
	a, b := swap("left", "right")
	println(a, b)
	a, b = b, a
	println(a, b)
	bump()
	bump()
	println(label, total)
}
