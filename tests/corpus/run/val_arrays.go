package main

import "fmt"

type Board [3][3]rune

func (b Board) With(r, c int, mark rune) Board {
	b[r][c] = mark
	return b
}

func (b *Board) Set(r, c int, mark rune) { b[r][c] = mark }

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, cell := range row {
			if cell == 0 {
				cell = '.'
			}
			s += string(cell)
		}
		s += "/"
	}
	return s
}

func doubleArray(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleSlice(s []int) {
	for i := range s {
		s[i] *= 2
	}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println("array copy:", a, b, a == b)

	d := doubleArray(a)
	fmt.Println("after doubleArray:", a, d)

	s := a[:]
	doubleSlice(s)
	fmt.Println("after doubleSlice on a[:]:", a, s)

	s2 := a[1:3]
	s2[0] = -1
	fmt.Println("sub-slice write:", a, s2, len(s2), cap(s2))

	p := &a
	p[3] = 44
	fmt.Println("via pointer:", a, len(p))

	for i, v := range a {
		a[3] = 999
		if i == 3 {
			fmt.Println("range over array copy sees:", v)
		}
	}
	for i, v := range s {
		s[3] = 777
		if i == 3 {
			fmt.Println("range over slice sees:", v)
		}
	}

	var empty Board
	x := empty.With(1, 1, 'X')
	y := x.With(0, 2, 'O')
	fmt.Println(empty, x, y)
	x.Set(2, 0, 'X')
	fmt.Println(x, y == x.With(2, 0, 'X'))

	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	row := grid[1]
	row[0] = 40
	rowPtr := &grid[0]
	rowPtr[0] = 10
	fmt.Println(grid, row)

	counts := map[[2]int]int{}
	for _, pt := range [][2]int{{0, 0}, {1, 2}, {0, 0}, {2, 1}, {1, 2}, {0, 0}} {
		counts[pt]++
	}
	fmt.Println("array keys:", counts, len(counts))

	arr := [...]string{2: "c", 0: "a", 4: "e"}
	fmt.Printf("%q len=%d\n", arr, len(arr))
	var zero [3]bool
	fmt.Println(zero, len(zero), [0]int{}, [2]struct{}{})
}
