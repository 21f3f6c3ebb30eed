package main

import (
	"fmt"
	"strings"
)

func lcs(a, b string) string {
	m, n := len(a), len(b)
	dp := make([][]int, m+1)
	for i := range dp {
		dp[i] = make([]int, n+1)
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else if dp[i-1][j] >= dp[i][j-1] {
				dp[i][j] = dp[i-1][j]
			} else {
				dp[i][j] = dp[i][j-1]
			}
		}
	}
	var sb strings.Builder
	out := make([]byte, 0, dp[m][n])
	for i, j := m, n; i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out = append(out, a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	for k := len(out) - 1; k >= 0; k-- {
		sb.WriteByte(out[k])
	}
	return sb.String()
}

type Op struct {
	Kind byte // '=', '~', '+', '-'
	From rune
	To   rune
}

func editDistance(a, b string) (int, []Op) {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := 0; j <= len(rb); j++ {
		d[0][j] = j
	}
	min3 := func(x, y, z int) int {
		if y < x {
			x = y
		}
		if z < x {
			x = z
		}
		return x
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min3(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
		}
	}
	var ops []Op
	i, j := len(ra), len(rb)
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && ra[i-1] == rb[j-1] && d[i][j] == d[i-1][j-1]:
			ops = append(ops, Op{'=', ra[i-1], rb[j-1]})
			i, j = i-1, j-1
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+1:
			ops = append(ops, Op{'~', ra[i-1], rb[j-1]})
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			ops = append(ops, Op{'-', ra[i-1], 0})
			i--
		default:
			ops = append(ops, Op{'+', 0, rb[j-1]})
			j--
		}
	}
	for l, r := 0, len(ops)-1; l < r; l, r = l+1, r-1 {
		ops[l], ops[r] = ops[r], ops[l]
	}
	return d[len(ra)][len(rb)], ops
}

func describe(ops []Op) string {
	parts := make([]string, 0, len(ops))
	for _, op := range ops {
		switch op.Kind {
		case '=':
			parts = append(parts, string(op.From))
		case '~':
			parts = append(parts, fmt.Sprintf("[%c>%c]", op.From, op.To))
		case '+':
			parts = append(parts, fmt.Sprintf("(+%c)", op.To))
		case '-':
			parts = append(parts, fmt.Sprintf("(-%c)", op.From))
		}
	}
	return strings.Join(parts, "")
}

func main() {
	pairs := [][2]string{
		{"ABCBDAB", "BDCABA"},
		{"kitten", "sitting"},
		{"flaw", "lawn"},
		{"intention", "execution"},
		{"", "abc"},
		{"same", "same"},
		{"café", "cafe"},
	}
	for _, p := range pairs {
		dist, ops := editDistance(p[0], p[1])
		l := lcs(p[0], p[1])
		fmt.Printf("%-10q %-10q lcs=%-6q len=%d edit=%d  %s\n", p[0], p[1], l, len(l), dist, describe(ops))
	}
}
