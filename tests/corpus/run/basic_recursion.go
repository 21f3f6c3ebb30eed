package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

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

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = *moves + 1
	if n == 3 {
		fmt.Println("move disk 3 from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func permutations(prefix []int, rest []int, out *[][]int) {
	if len(rest) == 0 {
		p := make([]int, len(prefix))
		copy(p, prefix)
		*out = append(*out, p)
		return
	}
	for i := range rest {
		next := make([]int, 0, len(rest)-1)
		next = append(next, rest[:i]...)
		next = append(next, rest[i+1:]...)
		permutations(append(prefix, rest[i]), next, out)
	}
}

func main() {
	for i := 0; i <= 10; i++ {
		fmt.Println(i, fact(i), fib(i))
	}
	fmt.Println(gcd(84, 36), gcd(17, 5))
	moves := 0
	hanoi(5, "A", "C", "B", &moves)
	fmt.Println("moves", moves)
	var perms [][]int
	permutations(nil, []int{1, 2, 3}, &perms)
	fmt.Println(len(perms), perms)
}
