package main

import (
	"fmt"
	"strings"
)

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factorize(n int) map[int]int {
	f := make(map[int]int)
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

// extGCD returns g, x, y such that a*x + b*y = g.
func extGCD(a, b int) (int, int, int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x, y := extGCD(b, a%b)
	return g, y, x - (a/b)*y
}

func formatFactors(n int) string {
	f := factorize(n)
	var parts []string
	for p := 2; p <= n; p++ {
		if e, ok := f[p]; ok {
			if e == 1 {
				parts = append(parts, fmt.Sprint(p))
			} else {
				parts = append(parts, fmt.Sprintf("%d^%d", p, e))
			}
		}
	}
	return strings.Join(parts, " * ")
}

func main() {
	ps := sieve(100)
	fmt.Printf("%d primes below 100: %v\n", len(ps), ps)
	twins := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin pairs:", twins)

	for _, n := range []int{2, 12, 97, 360, 1001, 1024, 9973 * 3} {
		fmt.Printf("%6d = %s %v\n", n, formatFactors(n), factorize(n))
	}

	pairs := [][2]int{{12, 18}, {17, 5}, {100, 75}, {-24, 36}, {0, 9}, {240, 46}}
	for _, p := range pairs {
		g, x, y := extGCD(p[0], p[1])
		fmt.Printf("gcd(%d,%d)=%d lcm=%d  %d*%d + %d*%d = %d\n",
			p[0], p[1], gcd(p[0], p[1]), lcm(p[0], p[1]), p[0], x, p[1], y, g)
	}

	acc := 1
	for i := 1; i <= 20; i++ {
		acc = lcm(acc, i)
	}
	fmt.Println("lcm(1..20) =", acc)

	totient := func(n int) int {
		result := n
		for p := range factorize(n) {
			result = result / p * (p - 1)
		}
		return result
	}
	for _, n := range []int{1, 9, 10, 36, 97} {
		fmt.Printf("phi(%d)=%d ", n, totient(n))
	}
	fmt.Println()
}
