// Character classification with the unicode package, strings.Map for
// rune-by-rune transforms, and a simple identifier validator.
package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type Class int

const (
	Letter Class = iota
	Digit
	Space
	Punct
	Other
)

var classNames = [...]string{"letter", "digit", "space", "punct", "other"}

func (c Class) String() string { return classNames[c] }

func classOf(r rune) Class {
	switch {
	case unicode.IsLetter(r):
		return Letter
	case unicode.IsDigit(r):
		return Digit
	case unicode.IsSpace(r):
		return Space
	case unicode.IsPunct(r):
		return Punct
	}
	return Other
}

var errEmptyIdent = errors.New("empty identifier")

func validIdent(s string) error {
	if s == "" {
		return errEmptyIdent
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r)) {
			continue
		}
		return fmt.Errorf("bad rune %q at byte %d in %q", r, i, s)
	}
	return nil
}

func swapCase(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsUpper(r):
			return unicode.ToLower(r)
		case unicode.IsLower(r):
			return unicode.ToUpper(r)
		}
		return r
	}, s)
}

func stripPunct(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return r
	}, s)
}

func main() {
	sample := "Go, 1.22 — Ünïcode!"
	hist := make(map[Class]int)
	for _, r := range sample {
		hist[classOf(r)]++
	}
	for c := Letter; c <= Other; c++ {
		fmt.Printf("%s=%d ", c, hist[c])
	}
	fmt.Println()

	for _, id := range []string{"count", "_tmp2", "2fast", "naïve", "a-b", ""} {
		if err := validIdent(id); err != nil {
			fmt.Println("invalid:", err, errors.Is(err, errEmptyIdent))
		} else {
			fmt.Println("valid:", id)
		}
	}
	fmt.Println(swapCase("Hello, Wörld"), stripPunct("a.b,c!d?"))
	fmt.Println(unicode.MaxASCII, unicode.MaxLatin1 > unicode.MaxASCII, string(unicode.ReplacementChar))
	nonASCII := 0
	for _, r := range sample {
		if r > unicode.MaxASCII {
			nonASCII++
		}
	}
	fmt.Println("non-ASCII runes:", nonASCII, string(unicode.ToUpper('ß')), unicode.MaxRune)
}
