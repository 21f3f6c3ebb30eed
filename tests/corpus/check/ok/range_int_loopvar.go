// Go 1.22 features gomini requires: range over an integer, and
// per-iteration loop variables captured by closures.
package main

import "fmt"

type Matrix [][]int

func identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range n {
		m[i] = make([]int, n)
		m[i][i] = 1
	}
	return m
}

func main() {
	total := 0
	for i := range 10 {
		total += i
	}
	fmt.Println(total)
	for range 3 {
		fmt.Print("*")
	}
	fmt.Println()
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	const n = 4
	var sizes [n]int
	for i := range n {
		sizes[i] = len(identity(i + 1))
	}
	fmt.Println(sizes, identity(3))
	var k int8 = 5
	for j := range k {
		fmt.Printf("%T ", j)
	}
	fmt.Println()
}
