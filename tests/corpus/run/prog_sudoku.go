package main

import (
	"fmt"
	"sort"
	"strings"
)

type Grid [9][9]int

type Violation struct {
	Kind  string
	Index int
	Digit int
}

func (v Violation) String() string {
	return fmt.Sprintf("%s %d has duplicate %d", v.Kind, v.Index, v.Digit)
}

func parse(rows []string) (Grid, error) {
	var g Grid
	if len(rows) != 9 {
		return g, fmt.Errorf("need 9 rows, got %d", len(rows))
	}
	for r, line := range rows {
		line = strings.ReplaceAll(line, " ", "")
		if len(line) != 9 {
			return g, fmt.Errorf("row %d: need 9 cells, got %d", r, len(line))
		}
		for c, ch := range line {
			switch {
			case ch == '.':
			case ch >= '1' && ch <= '9':
				g[r][c] = int(ch - '0')
			default:
				return g, fmt.Errorf("row %d col %d: bad char %q", r, c, ch)
			}
		}
	}
	return g, nil
}

func (g *Grid) Validate() []Violation {
	var out []Violation
	check := func(kind string, idx int, cells [9]int) {
		seen := map[int]bool{}
		for _, v := range cells {
			if v == 0 {
				continue
			}
			if seen[v] {
				out = append(out, Violation{kind, idx, v})
			}
			seen[v] = true
		}
	}
	for i := 0; i < 9; i++ {
		var row, col, box [9]int
		for j := 0; j < 9; j++ {
			row[j] = g[i][j]
			col[j] = g[j][i]
			box[j] = g[(i/3)*3+j/3][(i%3)*3+j%3]
		}
		check("row", i, row)
		check("col", i, col)
		check("box", i, box)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Kind < out[b].Kind })
	return out
}

func (g *Grid) Filled() (n int) {
	for _, row := range g {
		for _, v := range row {
			if v != 0 {
				n++
			}
		}
	}
	return
}

func main() {
	puzzles := map[string][]string{
		"valid": {
			"53. .7. ...", "6.. 195 ...", ".98 ... .6.",
			"8.. .6. ..3", "4.. 8.3 ..1", "7.. .2. ..6",
			".6. ... 28.", "... 419 ..5", "... .8. .79",
		},
		"dupes": {
			"55. .7. ...", "6.. 195 ...", ".98 ... .6.",
			"8.. .6. ..3", "4.. 8.3 ..1", "7.. .2. ..6",
			".6. ... 28.", "... 419 ..5", "5.. .8. .79",
		},
		"badchar": {"12x ... ...", ".........", ".........", ".........", ".........", ".........", ".........", ".........", "........."},
		"short":   {"123"},
	}
	names := []string{"valid", "dupes", "badchar", "short"}
	for _, name := range names {
		g, err := parse(puzzles[name])
		if err != nil {
			fmt.Printf("%s: parse error: %v\n", name, err)
			continue
		}
		vs := g.Validate()
		fmt.Printf("%s: filled=%d violations=%d\n", name, g.Filled(), len(vs))
		for _, v := range vs {
			fmt.Println("  ", v)
		}
	}
	g, _ := parse(puzzles["valid"])
	copyG := g
	copyG[0][2] = 4
	fmt.Println(g[0][2], copyG[0][2], len(copyG.Validate()), g == copyG)
}
