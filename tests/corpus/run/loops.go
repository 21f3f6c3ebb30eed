// Loops: the three forms of for, break and continue, nested loops, and
// the sum of primes below 1000 found by trial division.
package main

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	sum, count := 0, 0
	for n := 0; n < 1000; n++ {
		if !isPrime(n) {
			continue
		}
		sum += n
		count++
	}
	println("primes below 1000:", count, "sum", sum)

	i := 1
	for i < 1000 {
		i *= 3
	}
	println("first power of 3 past 1000:", i)

	steps := 0
	n := 27
	for {
		if n == 1 {
			break
		}
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	println("collatz(27) takes", steps, "steps")

	table := 0
	for a := 1; a <= 9; a++ {
		for b := 1; b <= 9; b++ {
			if b > a {
				break
			}
			table += a * b
		}
	}
	println("triangle of the 9x9 table:", table)
}
