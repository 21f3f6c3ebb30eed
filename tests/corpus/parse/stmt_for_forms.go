package main

import "fmt"

func main() {
	// Infinite loop.
	n := 0
	for {
		n++
		if n == 3 {
			break
		}
	}

	// Condition only.
	for n < 10 {
		n += 2
	}

	// Three-clause loop.
	for i := 0; i < 3; i++ {
		fmt.Println("i =", i)
	}

	// Three-clause loop with multiple assignment and compound post.
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		fmt.Println(i, j)
	}

	// Empty init.
	k := 0
	for ; k < 3; k++ {
	}

	// Empty post.
	for k := 0; k < 3; {
		k++
	}

	// Empty init and post.
	for ; k < 5; {
		k++
	}

	// Everything empty (same as an infinite loop).
	for ;; {
		break
	}

	// Empty condition.
	for i := 0; ; i++ {
		if i > 2 {
			break
		}
	}

	// Init is an assignment, post is a compound assignment.
	var m int
	for m = 1; m < 100; m *= 3 {
		continue
	}

	// Loop with empty body on one line.
	for i := 0; i < 2; i++ {}

	// Closure in the loop body.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	fmt.Println(n, k, m, len(fs))
}
