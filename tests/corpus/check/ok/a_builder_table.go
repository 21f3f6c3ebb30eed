// Rendering a text table with strings.Builder: column widths from data,
// strconv formatting of numbers and a footer of totals.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Row struct {
	Item  string
	Qty   int
	Price float64
}

type Table struct {
	Headers []string
	Rows    []Row
}

func (t Table) cells() [][]string {
	out := [][]string{t.Headers}
	for _, r := range t.Rows {
		out = append(out, []string{
			r.Item,
			strconv.Itoa(r.Qty),
			strconv.FormatFloat(r.Price, 'f', 2, 64),
			strconv.FormatFloat(float64(r.Qty)*r.Price, 'f', 2, 64),
		})
	}
	return out
}

func (t Table) Render() string {
	cells := t.cells()
	widths := make([]int, len(t.Headers))
	for _, row := range cells {
		for i, c := range row {
			if n := utf8.RuneCountInString(c); n > widths[i] {
				widths[i] = n
			}
		}
	}
	var b strings.Builder
	line := func() {
		b.WriteByte('+')
		for _, w := range widths {
			b.WriteString(strings.Repeat("-", w+2))
			b.WriteByte('+')
		}
		b.WriteByte('\n')
	}
	line()
	for ri, row := range cells {
		b.WriteRune('|')
		for i, c := range row {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i == 0 {
				fmt.Fprintf(&b, " %s%s |", c, pad)
			} else {
				fmt.Fprintf(&b, " %s%s |", pad, c)
			}
		}
		b.WriteString("\n")
		if ri == 0 {
			line()
		}
	}
	line()
	return b.String()
}

func (t Table) Total() (qty int, sum float64) {
	for _, r := range t.Rows {
		qty += r.Qty
		sum += float64(r.Qty) * r.Price
	}
	return
}

func main() {
	t := Table{
		Headers: []string{"item", "qty", "price", "total"},
		Rows: []Row{
			{"café au lait", 2, 3.5},
			{"croissant", 12, 1.25},
			{"jus d'orange", 1, 4.8},
		},
	}
	out := t.Render()
	fmt.Print(out)
	q, s := t.Total()
	fmt.Printf("%d items, %s EUR, %d bytes rendered\n", q, strconv.FormatFloat(s, 'f', 2, 64), len(out))
	var b strings.Builder
	b.Grow(32)
	for i := 0; i < 5; i++ {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(strconv.Itoa(i * i)))
	}
	fmt.Println(b.String())
	b.Reset()
	fmt.Println(b.Len() == 0)
}
