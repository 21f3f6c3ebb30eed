// break with labels that do not name a for, switch or select statement:
// one labels an if statement, the other a plain block.
package main

import "fmt"

type Grid [][]int

func find(g Grid, want int) (int, int) {
	row, col := -1, -1
search:
	if len(g) > 0 {
		for i, r := range g {
			for j, v := range r {
				if v == want {
					row, col = i, j
					break search // ERROR col=12 "invalid break label search"
				}
			}
		}
	}
	return row, col
}

func main() {
	g := Grid{{1, 2}, {3, 4}}
	r, c := find(g, 3)
check:
	{
		if r < 0 {
			break check // ERROR col=10 "invalid break label check"
		}
		fmt.Println("found at", r, c)
	}
}
