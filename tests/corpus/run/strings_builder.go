package main

import (
	"fmt"
	"strings"
)

type Table struct {
	Headers []string
	Rows    [][]string
}

func (t *Table) AddRow(cells ...string) {
	t.Rows = append(t.Rows, cells)
}

func (t Table) widths() []int {
	w := make([]int, len(t.Headers))
	for i, h := range t.Headers {
		w[i] = len(h)
	}
	for _, r := range t.Rows {
		for i, c := range r {
			if len(c) > w[i] {
				w[i] = len(c)
			}
		}
	}
	return w
}

func pad(s string, n int) string {
	return s + strings.Repeat(" ", n-len(s))
}

func (t Table) Render() string {
	var b strings.Builder
	w := t.widths()
	sep := "+"
	for _, n := range w {
		sep += strings.Repeat("-", n+2) + "+"
	}
	b.WriteString(sep + "\n")
	writeRow := func(cells []string) {
		b.WriteString("|")
		for i, c := range cells {
			b.WriteString(" " + pad(c, w[i]) + " |")
		}
		b.WriteByte('\n')
	}
	writeRow(t.Headers)
	b.WriteString(sep + "\n")
	for _, r := range t.Rows {
		writeRow(r)
	}
	b.WriteString(sep)
	return b.String()
}

func main() {
	t := Table{Headers: []string{"name", "lang", "year"}}
	t.AddRow("gomini", "Go", "2024")
	t.AddRow("python", "C", "1991")
	t.AddRow("lua", "C", "1993")
	fmt.Println(t.Render())

	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(fmt.Sprint(i * i))
	}
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.WriteRune('é')
	sb.WriteByte('!')
	fmt.Println(sb.String(), sb.Len())

	lines := []string{}
	for n := 1; n <= 4; n++ {
		lines = append(lines, strings.Repeat(" ", 4-n)+strings.Repeat("*", 2*n-1))
	}
	fmt.Println(strings.Join(lines, "\n"))

	parts := strings.Split("a,b,,c", ",")
	fmt.Println(len(parts), parts)
	fmt.Printf("%q\n", strings.Split("x", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Fields("  lots   of\tspace\n here "))
}
