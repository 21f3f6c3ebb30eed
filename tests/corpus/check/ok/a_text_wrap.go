// Greedy word wrapping and justification: strings.Fields, a Builder per
// line, rune-aware widths, and a paragraph type with options struct.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Align int

const (
	Left Align = iota
	Right
	Center
)

type Options struct {
	Width  int
	Align  Align
	Indent string
}

type Paragraph struct {
	Text string
	Opts Options
}

func wrap(words []string, width int) [][]string {
	var lines [][]string
	var cur []string
	curLen := 0
	for _, w := range words {
		wl := utf8.RuneCountInString(w)
		if len(cur) > 0 && curLen+1+wl > width {
			lines = append(lines, cur)
			cur, curLen = nil, 0
		}
		if len(cur) > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += wl
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func (p Paragraph) Render() string {
	width := p.Opts.Width - utf8.RuneCountInString(p.Opts.Indent)
	var b strings.Builder
	for _, ws := range wrap(strings.Fields(p.Text), width) {
		line := strings.Join(ws, " ")
		gap := width - utf8.RuneCountInString(line)
		if gap < 0 {
			gap = 0
		}
		b.WriteString(p.Opts.Indent)
		switch p.Opts.Align {
		case Right:
			b.WriteString(strings.Repeat(" ", gap))
		case Center:
			b.WriteString(strings.Repeat(" ", gap/2))
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

const sample = `Go programs are built from packages, and each
package is a set of files that together declare   constants, types, variables
and functions. Ünïcode words count by rune.`

func main() {
	for _, o := range []Options{{Width: 30}, {Width: 24, Align: Right}, {Width: 36, Align: Center, Indent: "> "}} {
		p := Paragraph{sample, o}
		out := p.Render()
		fmt.Print(out)
		fmt.Printf("-- %d lines at width %d\n", strings.Count(out, "\n"), o.Width)
	}
	long := Paragraph{Text: "supercalifragilistic tiny", Opts: Options{Width: 8}}
	fmt.Print(long.Render())
}
