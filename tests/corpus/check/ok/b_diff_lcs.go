// A line-based diff using the longest common subsequence table, edit
// operations with a Stringer, a unified-style printer and a stats struct.
package main

import (
	"fmt"
	"strings"
)

type OpKind byte

const (
	Keep OpKind = ' '
	Add  OpKind = '+'
	Del  OpKind = '-'
)

type Edit struct {
	Kind OpKind
	Line string
	A, B int // 1-based line numbers in old/new, 0 if absent
}

func (e Edit) String() string { return fmt.Sprintf("%c %s", e.Kind, e.Line) }

var _ fmt.Stringer = Edit{}

func lcsTable(a, b []string) [][]int {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			switch {
			case a[i] == b[j]:
				t[i][j] = t[i+1][j+1] + 1
			case t[i+1][j] >= t[i][j+1]:
				t[i][j] = t[i+1][j]
			default:
				t[i][j] = t[i][j+1]
			}
		}
	}
	return t
}

func Diff(oldText, newText string) []Edit {
	a, b := strings.Split(oldText, "\n"), strings.Split(newText, "\n")
	t := lcsTable(a, b)
	var edits []Edit
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			edits = append(edits, Edit{Keep, a[i], i + 1, j + 1})
			i, j = i+1, j+1
		case j < len(b) && (i == len(a) || t[i][j+1] >= t[i+1][j]):
			edits = append(edits, Edit{Add, b[j], 0, j + 1})
			j++
		default:
			edits = append(edits, Edit{Del, a[i], i + 1, 0})
			i++
		}
	}
	return edits
}

type Stats struct{ Added, Deleted, Kept int }

func Summarize(edits []Edit) (s Stats) {
	for _, e := range edits {
		switch e.Kind {
		case Add:
			s.Added++
		case Del:
			s.Deleted++
		default:
			s.Kept++
		}
	}
	return
}

// Render prints changed lines with up to ctx lines of context around them.
func Render(edits []Edit, ctx int) string {
	var sb strings.Builder
	near := func(i int) bool {
		for k := i - ctx; k <= i+ctx; k++ {
			if k >= 0 && k < len(edits) && edits[k].Kind != Keep {
				return true
			}
		}
		return false
	}
	skipping := false
	for i, e := range edits {
		if !near(i) {
			if !skipping {
				sb.WriteString("@@ ... @@\n")
			}
			skipping = true
			continue
		}
		skipping = false
		fmt.Fprintf(&sb, "%3d %3d %v\n", e.A, e.B, e)
	}
	return sb.String()
}

func main() {
	oldText := "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(x)\n}\n// end"
	newText := "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(len(os.Args))\n}\n// end"
	edits := Diff(oldText, newText)
	fmt.Print(Render(edits, 1))
	fmt.Printf("%+v\n", Summarize(edits))
	same := Diff("a\nb\nc", "a\nb\nc")
	fmt.Printf("identical: %+v, %q\n", Summarize(same), Render(same, 0))
	fmt.Println(Diff("", "x"), Diff("gone", ""))
}
