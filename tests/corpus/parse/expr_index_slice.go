package main

import "fmt"

func main() {
	a := [6]int{0, 1, 2, 3, 4, 5}
	s := a[:]
	m := map[string][]int{"k": {7, 8, 9}}
	grid := [][]string{{"a", "b"}, {"c", "d"}}
	str := "golang"

	// Index expressions.
	e0 := a[0]
	e1 := s[len(s)-1]
	e2 := m["k"][1]
	e3 := grid[1][0]
	e4 := str[2]
	e5 := "literal"[3]
	pa := &a
	e6 := pa[2]
	e7 := (*pa)[3]
	v, ok := m["missing"]

	// Slice expressions: full, from, to, both, three-index.
	full := a[:]
	from := a[1:]
	to := a[:2]
	both := a[1:2]
	three := a[1:2:3]
	threeNoLow := s[:2:4]
	substr := str[1:4]
	strTail := str[3:]
	ofPtr := pa[2:]
	ofLit := []int{1, 2, 3, 4}[1:3]
	nestedS := grid[0][1:]
	exprs := s[len(s)/2 : len(s)-1]
	spaced := s[1 : 2 : 3]

	// Index and slice as assignment targets and operands.
	s[0] = 100
	grid[0][1] = "z"
	m["new"] = s[2:4]
	s[1], s[2] = s[2], s[1]
	copy(s[1:], s[:1])

	fmt.Println(e0, e1, e2, e3, e4, e5, e6, e7, v, ok)
	fmt.Println(full, from, to, both, three, threeNoLow, substr, strTail, ofPtr, ofLit, nestedS, exprs, spaced, m)
}
