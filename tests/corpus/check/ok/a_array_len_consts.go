// Array lengths as constants: len and cap of arrays in constant
// expressions, array sizes computed from constants, and arrays as values.
package main

import "fmt"

const (
	rows  = 3
	cols  = rows + 1
	cells = rows * cols
)

type Grid [rows][cols]int

type Ring struct {
	buf   [ringSize]string
	start int
	count int
}

const ringSize = len([5]struct{}{})

var primes = [...]int{2, 3, 5, 7, 11, 13}

const numPrimes = len(primes)
const primeCap = cap([numPrimes * 2]byte{})

func (r *Ring) Push(s string) {
	idx := (r.start + r.count) % len(r.buf)
	r.buf[idx] = s
	if r.count < len(r.buf) {
		r.count++
	} else {
		r.start = (r.start + 1) % len(r.buf)
	}
}

func (r *Ring) Items() []string {
	out := make([]string, 0, r.count)
	for i := 0; i < r.count; i++ {
		out = append(out, r.buf[(r.start+i)%ringSize])
	}
	return out
}

func (g Grid) Transposed() [cols][rows]int {
	var t [cols][rows]int
	for i, row := range g {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func fill() (g Grid) {
	for i := range g {
		for j := range g[i] {
			g[i][j] = i*cols + j
		}
	}
	return
}

func main() {
	g := fill()
	fmt.Println("grid:", g, "cells:", cells)
	fmt.Println("transposed:", g.Transposed())

	h := g
	h[0][0] = 99
	fmt.Println(g[0][0], h[0][0], g == fill(), h == g)

	var r Ring
	for _, w := range []string{"a", "b", "c", "d", "e", "f", "g"} {
		r.Push(w)
	}
	fmt.Println(r.Items(), ringSize)

	var sieve [primeCap]bool
	for _, p := range primes {
		if p < len(sieve) {
			sieve[p] = true
		}
	}
	fmt.Println(numPrimes, primeCap, sieve)

	type pair [2]int
	seen := map[pair]bool{}
	for _, p := range []pair{{1, 2}, {2, 1}, {1, 2}} {
		seen[p] = true
	}
	fmt.Println(len(seen))
	arr := [...]string{2: "two", 5: "five"}
	fmt.Println(len(arr), arr[2], arr[5])
	ptr := &primes
	fmt.Println(len(ptr), ptr[numPrimes-1])
}
