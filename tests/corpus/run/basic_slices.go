package main

import "fmt"

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func filterEven(xs []int) []int {
	var out []int
	for _, x := range xs {
		if x%2 == 0 {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	var nilSlice []int
	fmt.Println(nilSlice, len(nilSlice), cap(nilSlice), nilSlice == nil)

	s := []int{5, 3, 8, 1}
	s = append(s, 9, 2)
	fmt.Println(s, len(s), sum(s))
	fmt.Println(filterEven(s))
	fmt.Println(s[1:4], s[:2], s[4:])

	m := make([]int, 3, 10)
	fmt.Println(m, len(m), cap(m))
	m[0] = 42
	fmt.Println(m)

	sub := s[1:3]
	sub[0] = 100
	fmt.Println(s, sub)

	dst := make([]int, 2)
	n := copy(dst, s)
	fmt.Println(n, dst)

	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 4)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)

	words := []string{"a", "b"}
	words = append(words, []string{"c", "d"}...)
	fmt.Println(words, len(words))

	for i, w := range words {
		if i%2 == 1 {
			fmt.Println(i, w)
		}
	}

	stack := []int{}
	for i := 0; i < 5; i++ {
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Println("pop", top)
	}
	fmt.Println(stack, len(stack), stack == nil)
}
