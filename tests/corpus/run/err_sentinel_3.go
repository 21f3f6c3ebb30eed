package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrEOF       = errors.New("EOF")
	ErrNotNumber = errors.New("not a number")
	ErrOverflow  = errors.New("overflow")
)

type Lexer struct {
	src string
	pos int
}

func (l *Lexer) Next() (string, error) {
	for l.pos < len(l.src) && l.src[l.pos] == ' ' {
		l.pos++
	}
	if l.pos >= len(l.src) {
		return "", ErrEOF
	}
	start := l.pos
	for l.pos < len(l.src) && l.src[l.pos] != ' ' {
		l.pos++
	}
	return l.src[start:l.pos], nil
}

func toInt8(tok string) (int8, error) {
	neg := strings.HasPrefix(tok, "-")
	digits := strings.TrimPrefix(tok, "-")
	if digits == "" {
		return 0, ErrNotNumber
	}
	v := 0
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, ErrNotNumber
		}
		v = v*10 + int(c-'0')
		if v > 128 {
			return 0, ErrOverflow
		}
	}
	if neg {
		v = -v
	}
	if v > 127 {
		return 0, ErrOverflow
	}
	return int8(v), nil
}

func sumAll(src string) (int, []string) {
	l := &Lexer{src: src}
	total := 0
	var notes []string
	for {
		tok, err := l.Next()
		if err == ErrEOF {
			break
		}
		n, err := toInt8(tok)
		switch err {
		case nil:
			total += int(n)
		case ErrNotNumber:
			notes = append(notes, "skip "+tok)
		case ErrOverflow:
			notes = append(notes, "clamp "+tok)
			if strings.HasPrefix(tok, "-") {
				total -= 128
			} else {
				total += 127
			}
		}
	}
	return total, notes
}

func main() {
	fmt.Println(ErrEOF == ErrEOF, ErrEOF == errors.New("EOF"), ErrEOF.Error() == "EOF")
	for _, src := range []string{"1 2 3", "  100 27 -128 ", "x 5 -129 200 -", "", "127 -0 0"} {
		total, notes := sumAll(src)
		fmt.Printf("%-18q total=%d notes=%v\n", src, total, notes)
	}
	wrapped := fmt.Errorf("reading header: %w", ErrEOF)
	fmt.Println(wrapped == ErrEOF, errors.Is(wrapped, ErrEOF), errors.Unwrap(wrapped) == ErrEOF)
	var e error = ErrOverflow
	switch e {
	case ErrEOF:
		fmt.Println("eof")
	case ErrOverflow, ErrNotNumber:
		fmt.Println("numeric problem:", e)
	}
	m := map[error]int{}
	for _, err := range []error{ErrEOF, ErrOverflow, ErrEOF, ErrNotNumber, ErrEOF} {
		m[err]++
	}
	fmt.Println(m[ErrEOF], m[ErrOverflow], m[ErrNotNumber], len(m))
	l := &Lexer{src: "a b"}
	for i := 0; i < 4; i++ {
		tok, err := l.Next()
		fmt.Printf("%q %v; ", tok, err)
	}
	fmt.Println()
}
