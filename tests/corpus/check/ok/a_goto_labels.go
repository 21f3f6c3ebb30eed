// goto for retry and cleanup paths, labeled break and continue across
// nested loops and out of a switch inside a loop.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Grid [][]int

func (g Grid) Find(target int) (row, col int, ok bool) {
outer:
	for r, line := range g {
		for c, v := range line {
			if v < 0 {
				continue outer
			}
			if v == target {
				row, col, ok = r, c, true
				break outer
			}
		}
	}
	return
}

var attempts = 0

func flaky() error {
	attempts++
	if attempts < 3 {
		return errors.New("transient failure")
	}
	return nil
}

func withRetry(max int) (tries int, err error) {
	i := 0
retry:
	i++
	if err = flaky(); err != nil && i < max {
		goto retry
	}
	return i, err
}

func tokenize(s string) []string {
	var out []string
	i := 0
loop:
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ':
			i++
			continue loop
		case c == '#':
			break loop
		case strings.IndexByte("+-*/()", c) >= 0:
			out = append(out, string(c))
			i++
		default:
			j := i
			for j < len(s) && strings.IndexByte(" +-*/()#", s[j]) < 0 {
				j++
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	return out
}

func process(items []string) (n int) {
	for _, it := range items {
		if it == "" {
			goto skip
		}
		n++
		fmt.Print("[", it, "]")
	skip:
	}
	fmt.Println()
	return
}

func main() {
	g := Grid{{1, 2, 3}, {-1, 5, 6}, {7, 5, 9}}
	fmt.Println(g.Find(5))
	fmt.Println(g.Find(42))
	fmt.Println(withRetry(5))
	attempts = 0
	fmt.Println(withRetry(2))
	fmt.Printf("%q\n", tokenize("a1 + (b * 22)/c # comment + x"))
	fmt.Println(process([]string{"x", "", "y", "z", ""}))

	count := 0
rows:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			switch {
			case j > i:
				continue rows
			case i*j > 6:
				break rows
			}
			count++
		}
	}
	fmt.Println("pairs counted:", count)
}
