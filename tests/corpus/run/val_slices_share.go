package main

import (
	"fmt"
	"strings"
)

func show(name string, s []int) {
	fmt.Printf("%-8s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func makeGrid(rows, cols int) [][]int {
	backing := make([]int, rows*cols)
	grid := make([][]int, rows)
	for r := range grid {
		grid[r] = backing[r*cols : (r+1)*cols : (r+1)*cols]
	}
	return grid
}

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	head := base[:3]
	mid := base[3:7]
	tail := base[7:]
	show("head", head)
	show("mid", mid)
	show("tail", tail)

	mid[0] = 30
	head = append(head, 300) // overwrites base[3]
	show("base", base)
	show("mid", mid)

	grid := makeGrid(3, 4)
	for r := range grid {
		for c := range grid[r] {
			grid[r][c] = r*10 + c
		}
	}
	fmt.Println("grid:", grid)
	flat := grid[0][:cap(grid[0])]
	fmt.Println("row0 cap limited:", len(flat), cap(flat))
	grid[1] = append(grid[1], 99) // capped: reallocates, does not touch row 2
	grid[1][0] = -1
	fmt.Println("after append to row1:", grid, len(grid[1]))

	shared := [][]int{}
	row := []int{1, 1, 1}
	for i := 0; i < 3; i++ {
		shared = append(shared, row)
	}
	shared[0][1] = 5
	fmt.Println("same row thrice:", shared)

	independent := make([][]int, 3)
	for i := range independent {
		independent[i] = append([]int(nil), row...)
		independent[i][i] = 0
	}
	fmt.Println("copied rows:", independent)

	matrix := [][]string{{"a", "b"}, {"c", "d"}}
	m2 := matrix
	m3 := make([][]string, len(matrix))
	copy(m3, matrix)
	m2[0][0] = "A"
	m3[1] = []string{"X", "Y"}
	fmt.Println(matrix, m2, m3)

	words := strings.Fields("the quick brown fox jumps")
	firstTwo := words[:2]
	rest := words[2:]
	firstTwo = append(firstTwo, "lazy")
	fmt.Println(words, firstTwo, rest)

	s := make([]int, 0, 2)
	a := append(s, 1)
	b := append(s, 2)
	fmt.Println("a and b share:", a, b, &a[0] == &b[0])
	c := append(a, 3, 4, 5)
	c[0] = 42
	fmt.Println("after growth:", a, c, len(c), len(a))
}
