// Recursion: Fibonacci, the greatest common divisor and Ackermann's
// function, each checked against values worked out by hand.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func main() {
	println(fib(0), fib(1), fib(10), fib(25))
	println(gcd(48, 18), gcd(17, 5), gcd(0, 9))
	println(ack(2, 3), ack(3, 3))
}
