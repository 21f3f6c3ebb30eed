// A word wrapper and justifier: greedy line filling measured in runes
// with utf8, full justification by spreading spaces, and option structs.
package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

type Align int

const (
	Left Align = iota
	Right
	Center
	Justify
)

type Options struct {
	Width  int
	Align  Align
	Prefix string
}

var ErrTooNarrow = errors.New("width too narrow")

type WordTooLong struct {
	Word  string
	Width int
}

func (e *WordTooLong) Error() string {
	return fmt.Sprintf("word %q (%d runes) exceeds width %d", e.Word, utf8.RuneCountInString(e.Word), e.Width)
}

var _ error = (*WordTooLong)(nil)

func runeLen(s string) int { return utf8.RuneCountInString(s) }

func Wrap(text string, opt Options) ([]string, error) {
	width := opt.Width - runeLen(opt.Prefix)
	if width < 1 {
		return nil, fmt.Errorf("wrap: %w (%d)", ErrTooNarrow, opt.Width)
	}
	var lines [][]string
	var cur []string
	curLen := 0
	for _, w := range strings.Fields(text) {
		if runeLen(w) > width {
			return nil, &WordTooLong{w, width}
		}
		if curLen > 0 && curLen+1+runeLen(w) > width {
			lines = append(lines, cur)
			cur, curLen = nil, 0
		}
		if curLen > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += runeLen(w)
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	out := make([]string, len(lines))
	for i, words := range lines {
		last := i == len(lines)-1
		out[i] = opt.Prefix + layout(words, width, opt.Align, last)
	}
	return out, nil
}

func layout(words []string, width int, a Align, last bool) string {
	line := strings.Join(words, " ")
	pad := width - runeLen(line)
	switch {
	case a == Right:
		return strings.Repeat(" ", pad) + line
	case a == Center:
		return strings.Repeat(" ", pad/2) + line
	case a == Justify && !last && len(words) > 1:
		gaps := len(words) - 1
		var sb strings.Builder
		for i, w := range words {
			sb.WriteString(w)
			if i < gaps {
				n := 1 + pad/gaps
				if i < pad%gaps {
					n++
				}
				sb.WriteString(strings.Repeat(" ", n))
			}
		}
		return sb.String()
	}
	return line
}

func main() {
	text := `Go is an open source programming language that makes it simple to build
	secure, scalable systems. Ünïcödé wörds are counted by rune, not by byte.`
	for _, opt := range []Options{{Width: 28}, {Width: 28, Align: Justify}, {Width: 30, Align: Right, Prefix: "> "}, {Width: 34, Align: Center}} {
		lines, err := Wrap(text, opt)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("-- %+v\n", opt)
		for _, l := range lines {
			fmt.Printf("|%-*s|\n", opt.Width, l)
		}
	}
	_, err := Wrap("a tremendously-long-hyphenated-word here", Options{Width: 12})
	var wl *WordTooLong
	fmt.Println(errors.As(err, &wl), err)
	_, err = Wrap("x", Options{Width: 2, Prefix: ">> "})
	fmt.Println(errors.Is(err, ErrTooNarrow), err)
}
