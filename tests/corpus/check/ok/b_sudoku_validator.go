// A Sudoku checker and solver on [9][9]int arrays: parsing from strings,
// validation that reports every conflict as a custom error, backtracking.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Grid [9][9]int

type Conflict struct {
	Kind  string
	Index int
	Value int
}

func (c Conflict) Error() string {
	return fmt.Sprintf("%s %d has duplicate %d", c.Kind, c.Index+1, c.Value)
}

var ErrUnsolvable = errors.New("no solution")

var _ error = Conflict{}

func ParseGrid(s string) (Grid, error) {
	var g Grid
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return g, fmt.Errorf("need 81 cells, got %d", len(s))
	}
	for i, ch := range s {
		switch {
		case ch == '.' || ch == '0':
		case ch >= '1' && ch <= '9':
			g[i/9][i%9] = int(ch - '0')
		default:
			return g, fmt.Errorf("cell %d: bad char %q", i, ch)
		}
	}
	return g, nil
}

func (g *Grid) Validate() []error {
	var errs []error
	check := func(kind string, idx int, cell func(k int) int) {
		var seen [10]bool
		for k := 0; k < 9; k++ {
			v := cell(k)
			if v != 0 && seen[v] {
				errs = append(errs, Conflict{kind, idx, v})
			}
			seen[v] = true
		}
	}
	for i := 0; i < 9; i++ {
		check("row", i, func(k int) int { return g[i][k] })
		check("column", i, func(k int) int { return g[k][i] })
		check("box", i, func(k int) int { return g[i/3*3+k/3][i%3*3+k%3] })
	}
	return errs
}

func (g *Grid) allowed(r, c, v int) bool {
	for k := 0; k < 9; k++ {
		if g[r][k] == v || g[k][c] == v || g[r/3*3+k/3][c/3*3+k%3] == v {
			return false
		}
	}
	return true
}

func (g *Grid) Solve() error {
	for i := 0; i < 81; i++ {
		r, c := i/9, i%9
		if g[r][c] != 0 {
			continue
		}
		for v := 1; v <= 9; v++ {
			if g.allowed(r, c, v) {
				g[r][c] = v
				if g.Solve() == nil {
					return nil
				}
				g[r][c] = 0
			}
		}
		return ErrUnsolvable
	}
	return nil
}

func (g Grid) String() string {
	var sb strings.Builder
	for r, row := range g {
		if r > 0 && r%3 == 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c > 0 && c%3 == 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d ", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	puzzle := `53..7.... 6..195... .98....6. 8...6...3 4..8.3..1 7...2...6 .6....28. ...419..5 ....8..79`
	g, err := ParseGrid(puzzle)
	if err != nil {
		fmt.Println(err)
		return
	}
	original := g
	if err := g.Solve(); err != nil {
		fmt.Println(err)
	}
	fmt.Print(g)
	fmt.Println("valid:", len(g.Validate()) == 0, "changed cells from original:", g != original)
	bad := original
	bad[0][2], bad[4][4] = 5, 7
	for _, e := range bad.Validate() {
		var c Conflict
		if errors.As(e, &c) {
			fmt.Printf("conflict: %v [kind=%s index=%d]\n", e, c.Kind, c.Index)
		}
	}
	if err := bad.Solve(); err == ErrUnsolvable {
		fmt.Println("bad grid:", err)
	}
	_, err = ParseGrid("123")
	fmt.Println(err)
}
