package main

import (
	"fmt"
	"strings"
)

type Table struct {
	headers []string
	rows    [][]string
}

func (t *Table) Render() string {
	widths := make([]int, len(t.headers))
	for i, h := range t.headers {
		widths[i] = len(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			if len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	var b strings.Builder
	sep := func() {
		b.WriteByte('+')
		for _, w := range widths {
			b.WriteString(strings.Repeat("-", w+2))
			b.WriteByte('+')
		}
		b.WriteByte('\n')
	}
	line := func(cells []string) {
		b.WriteString("|")
		for i, c := range cells {
			fmt.Fprintf(&b, " %-*s |", widths[i], c)
		}
		b.WriteString("\n")
	}
	sep()
	line(t.headers)
	sep()
	for _, r := range t.rows {
		line(r)
	}
	sep()
	return b.String()
}

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("abc")
	b.WriteByte('-')
	b.WriteRune('é')
	b.WriteRune('世')
	n, err := b.Write([]byte{'!', '?'})
	fmt.Println(n, err, b.Len(), b.String())
	n, _ = b.WriteString("")
	fmt.Println(n, b.Len())
	n, _ = b.WriteRune(0x1F600)
	fmt.Println(n, b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(64)
	fmt.Println(b.Len())
	for i := 0; i < 5; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d^2=%d", i, i*i)
	}
	fmt.Println(b.String())
	fmt.Fprint(&b, " | ", 3, 4, "x", 5)
	fmt.Fprintln(&b, " end", 6)
	fmt.Printf("%q\n", b.String())

	t := &Table{headers: []string{"Lang", "Year", "Typing"}}
	t.rows = append(t.rows, []string{"Go", "2009", "static"}, []string{"Python", "1991", "dynamic"}, []string{"C", "1972", "static, weak"})
	fmt.Print(t.Render())

	var sb strings.Builder
	for _, r := range "hello, world" {
		if r >= 'a' && r <= 'z' {
			sb.WriteRune(r - 'a' + 'A')
		} else {
			sb.WriteRune(r)
		}
	}
	fmt.Println(sb.String(), sb.Len())
	var bad strings.Builder
	bad.WriteRune(-1)
	bad.WriteRune(0x110000)
	fmt.Printf("%q %d\n", bad.String(), bad.Len())
	parts := []string{}
	for i := 3; i > 0; i-- {
		var inner strings.Builder
		inner.WriteString(strings.Repeat("*", i))
		parts = append(parts, inner.String())
	}
	fmt.Println(strings.Join(parts, "/"))
}
