package main

import "fmt"

func find(grid [][]int, target int) (int, int, bool) {
	var row, col int
outer:
	for r, line := range grid {
		for c, v := range line {
			if v < 0 {
				continue outer
			}
			if v == target {
				row, col = r, c
				break outer
			}
		}
	}
	return row, col, grid[row][col] == target
}

func retry(n int) int {
	attempts := 0
again:
	attempts++
	if attempts < n {
		goto again
	}
	return attempts
}

func forwardGoto(x int) string {
	if x > 0 {
		goto positive
	}
	return "non-positive"
positive:
	return "positive"
}

func main() {
	grid := [][]int{{1, 2, 3}, {-1, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 8))
	fmt.Println(retry(3), forwardGoto(1), forwardGoto(-1))

	// Labeled switch and select with break/continue.
	i := 0
loop:
	for ; i < 10; i++ {
	sw:
		switch {
		case i%2 == 0:
			continue loop
		case i == 7:
			break loop
		default:
			if i == 5 {
				break sw
			}
		}
		fmt.Println("odd", i)
	}

	// Label on a block and on an empty statement.
	{
		goto done
	}
block:
	{
		fmt.Println("never")
		goto block
	}
done:
	fmt.Println("done", i)
	if i < 0 {
		goto end
	}
end:
}
