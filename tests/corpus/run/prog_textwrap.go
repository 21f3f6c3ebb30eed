package main

import (
	"fmt"
	"strings"
)

func wrap(text string, width int) [][]string {
	var lines [][]string
	var cur []string
	curLen := 0
	for _, w := range strings.Fields(text) {
		if len(cur) > 0 && curLen+1+len(w) > width {
			lines = append(lines, cur)
			cur, curLen = nil, 0
		}
		if len(cur) > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func justify(words []string, width int) string {
	if len(words) == 1 {
		return fmt.Sprintf("%-*s", width, words[0])
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return b.String()
}

type Align int

const (
	Left Align = iota
	Right
	Center
	Justify
)

func (a Align) String() string {
	return [...]string{"left", "right", "center", "justify"}[a]
}

func render(text string, width int, a Align) []string {
	lines := wrap(text, width)
	out := make([]string, len(lines))
	for i, ws := range lines {
		s := strings.Join(ws, " ")
		switch a {
		case Left:
			out[i] = fmt.Sprintf("%-*s", width, s)
		case Right:
			out[i] = fmt.Sprintf("%*s", width, s)
		case Center:
			pad := width - len(s)
			out[i] = strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
		case Justify:
			if i == len(lines)-1 {
				out[i] = fmt.Sprintf("%-*s", width, s)
			} else {
				out[i] = justify(ws, width)
			}
		}
	}
	return out
}

func main() {
	text := `The quick brown fox jumps over the lazy dog. Pack my box with
five dozen liquor jugs!   How vexingly quick daft zebras jump.`
	for _, a := range []Align{Left, Right, Center, Justify} {
		fmt.Printf("== %v (width 24)\n", a)
		for _, l := range render(text, 24, a) {
			fmt.Printf("|%s|\n", l)
		}
	}
	fmt.Println("== long word, width 8")
	for _, l := range render("a supercalifragilistic word in it", 8, Justify) {
		fmt.Printf("|%s|\n", l)
	}
	fmt.Println(len(wrap("", 10)), len(wrap("   \n\t ", 10)), wrap("one", 1))
}
