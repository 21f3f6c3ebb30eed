// A lexer for a tiny language: token kinds as an iota enum, scanning a
// string rune by rune, keywords in a map, and position-tagged errors.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Keyword
	Op
)

var kindNames = map[Kind]string{EOF: "EOF", Ident: "IDENT", Number: "NUM", String: "STR", Keyword: "KW", Op: "OP"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

type LexError struct {
	Pos int
	Ch  rune
}

func (e *LexError) Error() string { return fmt.Sprintf("unexpected %q at %d", e.Ch, e.Pos) }

var keywords = map[string]bool{"let": true, "if": true, "else": true, "print": true}

type Lexer struct {
	src string
	pos int
}

func (l *Lexer) peek() (rune, int) { return utf8.DecodeRuneInString(l.src[l.pos:]) }

func (l *Lexer) take(pred func(rune) bool) string {
	start := l.pos
	for l.pos < len(l.src) {
		r, n := l.peek()
		if !pred(r) {
			break
		}
		l.pos += n
	}
	return l.src[start:l.pos]
}

func (l *Lexer) Next() (Token, error) {
	l.take(unicode.IsSpace)
	if l.pos >= len(l.src) {
		return Token{EOF, "", l.pos}, nil
	}
	start := l.pos
	r, n := l.peek()
	switch {
	case unicode.IsLetter(r) || r == '_':
		w := l.take(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' })
		if keywords[w] {
			return Token{Keyword, w, start}, nil
		}
		return Token{Ident, w, start}, nil
	case unicode.IsDigit(r):
		return Token{Number, l.take(func(r rune) bool { return unicode.IsDigit(r) || r == '.' }), start}, nil
	case r == '"':
		end := strings.IndexByte(l.src[l.pos+1:], '"')
		if end < 0 {
			return Token{}, &LexError{start, r}
		}
		l.pos += end + 2
		return Token{String, l.src[start+1 : l.pos-1], start}, nil
	case strings.ContainsRune("+-*/=<>(){};", r):
		l.pos += n
		if r2, n2 := l.peek(); r2 == '=' && strings.ContainsRune("=<>", r) {
			l.pos += n2
		}
		return Token{Op, l.src[start:l.pos], start}, nil
	}
	return Token{}, &LexError{start, r}
}

func main() {
	for _, src := range []string{`let x = 3.5 * (y + 2); if x >= 10 { print "big" }`, `let s = "open`, "a = b § c"} {
		lx := &Lexer{src: src}
		var toks []string
		for {
			t, err := lx.Next()
			if err != nil {
				toks = append(toks, "ERROR("+err.Error()+")")
				break
			}
			if t.Kind == EOF {
				break
			}
			toks = append(toks, fmt.Sprintf("%v:%s", t.Kind, t.Text))
		}
		fmt.Println(strings.Join(toks, " "))
	}
}
