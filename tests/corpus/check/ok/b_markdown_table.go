// A Markdown table renderer: column alignment options, width computation
// in runes, Fprintf to an io.Writer with %-*s, and cell formatting by type.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

type Align int

const (
	AlignLeft Align = iota
	AlignRight
	AlignCenter
)

type Column struct {
	Header string
	Align  Align
}

type Table struct {
	Cols []Column
	Rows [][]string
}

var ErrRowWidth = errors.New("row has wrong number of cells")

func cell(v interface{}) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return fmt.Sprintf("%.2f", x)
	case int:
		return fmt.Sprintf("%d", x)
	case bool:
		if x {
			return "yes"
		}
		return "no"
	case fmt.Stringer:
		return x.String()
	case nil:
		return "-"
	}
	return fmt.Sprintf("%v", v)
}

func (t *Table) Append(vals ...interface{}) error {
	if len(vals) != len(t.Cols) {
		return fmt.Errorf("append %v: %w (%d, want %d)", vals, ErrRowWidth, len(vals), len(t.Cols))
	}
	row := make([]string, len(vals))
	for i, v := range vals {
		row[i] = strings.ReplaceAll(cell(v), "|", `\|`)
	}
	t.Rows = append(t.Rows, row)
	return nil
}

func pad(s string, width int, a Align) string {
	gap := width - utf8.RuneCountInString(s)
	switch a {
	case AlignRight:
		return strings.Repeat(" ", gap) + s
	case AlignCenter:
		return strings.Repeat(" ", gap/2) + s + strings.Repeat(" ", gap-gap/2)
	}
	return s + strings.Repeat(" ", gap)
}

func (t *Table) Render(w io.Writer) error {
	widths := make([]int, len(t.Cols))
	for i, c := range t.Cols {
		widths[i] = 3
		if n := utf8.RuneCountInString(c.Header); n > widths[i] {
			widths[i] = n
		}
		for _, r := range t.Rows {
			if n := utf8.RuneCountInString(r[i]); n > widths[i] {
				widths[i] = n
			}
		}
	}
	line := func(cells []string, align func(int) Align) error {
		parts := make([]string, len(cells))
		for i, c := range cells {
			parts[i] = pad(c, widths[i], align(i))
		}
		_, err := fmt.Fprintf(w, "| %s |\n", strings.Join(parts, " | "))
		return err
	}
	headers := make([]string, len(t.Cols))
	rules := make([]string, len(t.Cols))
	for i, c := range t.Cols {
		headers[i] = c.Header
		r := strings.Repeat("-", widths[i])
		switch c.Align {
		case AlignRight:
			r = r[1:] + ":"
		case AlignCenter:
			r = ":" + r[2:] + ":"
		}
		rules[i] = r
	}
	if err := line(headers, func(int) Align { return AlignLeft }); err != nil {
		return err
	}
	if err := line(rules, func(int) Align { return AlignLeft }); err != nil {
		return err
	}
	for _, r := range t.Rows {
		if err := line(r, func(i int) Align { return t.Cols[i].Align }); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	t := &Table{Cols: []Column{{"Package", AlignLeft}, {"Lines", AlignRight}, {"Cover %", AlignRight}, {"Stable", AlignCenter}}}
	_ = t.Append("golex", 1834, 91.5, true)
	_ = t.Append("goparse", 4120, 78.25, true)
	_ = t.Append("gocheck", 12, nil, false)
	_ = t.Append("zürich|ops", 7, 100.0, false)
	if err := t.Append("oops", 1); errors.Is(err, ErrRowWidth) {
		fmt.Fprintln(os.Stderr, "warning:", err)
	}
	if err := t.Render(out); err != nil {
		fmt.Fprintln(out, "render:", err)
	}
	var sb strings.Builder
	_ = (&Table{Cols: []Column{{"k", AlignCenter}, {"value", AlignLeft}}, Rows: [][]string{{"a", "1"}}}).Render(&sb)
	fmt.Fprintf(out, "%d bytes:\n%s", sb.Len(), sb.String())
	fmt.Fprintf(out, "|%-*s|%*s|\n", 6, "ab", 4, "cd")
}
