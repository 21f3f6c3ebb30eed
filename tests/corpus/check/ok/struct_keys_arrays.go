// Comparable structs and arrays as map keys, array value semantics, and
// struct equality.
package main

import "fmt"

type Coord struct{ X, Y int }

type Grid [3][3]rune

func (g Grid) String() string {
	s := ""
	for _, row := range g {
		s += string(row[:]) + "\n"
	}
	return s
}

func neighbors(c Coord) [4]Coord {
	return [4]Coord{{c.X + 1, c.Y}, {c.X - 1, c.Y}, {c.X, c.Y + 1}, {c.X, c.Y - 1}}
}

func main() {
	visited := map[Coord]bool{{0, 0}: true}
	frontier := []Coord{{0, 0}}
	for step := 0; step < 2; step++ {
		var next []Coord
		for _, c := range frontier {
			for _, n := range neighbors(c) {
				if !visited[n] {
					visited[n] = true
					next = append(next, n)
				}
			}
		}
		frontier = next
	}
	fmt.Println(len(visited), visited[Coord{2, 0}], visited[Coord{2, 1}])

	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = '.'
		}
	}
	h := g // copies the whole array
	h[1][1] = '#'
	fmt.Print(g, h)
	fmt.Println(g == h, g != h, Coord{1, 2} == Coord{1, 2})

	seen := map[[2]string]int{}
	pairs := [][2]string{{"a", "b"}, {"b", "a"}, {"a", "b"}}
	for _, p := range pairs {
		seen[p]++
	}
	fmt.Println(seen[[2]string{"a", "b"}], len(seen))
	arr := [...]int{5: 1, 2, 0: 9}
	fmt.Println(len(arr), arr)
}
