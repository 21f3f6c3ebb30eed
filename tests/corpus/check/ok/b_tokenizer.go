// A tokenizer for a small expression language: iota token kinds with a
// String method, rune classification with unicode, and positioned errors.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Op
	LParen
	RParen
)

var kindNames = map[Kind]string{
	EOF: "EOF", Ident: "Ident", Number: "Number", String: "String",
	Op: "Op", LParen: "LParen", RParen: "RParen",
}

func (k Kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

type LexError struct {
	Pos int
	Ch  rune
}

func (e *LexError) Error() string {
	return fmt.Sprintf("unexpected %q at offset %d", e.Ch, e.Pos)
}

var _ error = (*LexError)(nil)

type Lexer struct {
	src []rune
	pos int
}

func (l *Lexer) peek() rune {
	if l.pos >= len(l.src) {
		return 0
	}
	return l.src[l.pos]
}

func (l *Lexer) take(pred func(rune) bool) string {
	start := l.pos
	for l.pos < len(l.src) && pred(l.src[l.pos]) {
		l.pos++
	}
	return string(l.src[start:l.pos])
}

func (l *Lexer) Next() (Token, error) {
	l.take(unicode.IsSpace)
	start := l.pos
	r := l.peek()
	switch {
	case r == 0:
		return Token{EOF, "", start}, nil
	case unicode.IsLetter(r) || r == '_':
		word := l.take(func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) || c == '_' })
		return Token{Ident, word, start}, nil
	case unicode.IsDigit(r):
		return Token{Number, l.take(func(c rune) bool { return unicode.IsDigit(c) || c == '.' }), start}, nil
	case r == '"':
		l.pos++
		body := l.take(func(c rune) bool { return c != '"' })
		if l.peek() != '"' {
			return Token{}, &LexError{Pos: start, Ch: r}
		}
		l.pos++
		return Token{String, body, start}, nil
	case r == '(' || r == ')':
		l.pos++
		if r == '(' {
			return Token{LParen, "(", start}, nil
		}
		return Token{RParen, ")", start}, nil
	case strings.ContainsRune("+-*/=<>!", r):
		op := l.take(func(c rune) bool { return strings.ContainsRune("=<>!", c) })
		if op == "" {
			l.pos++
			op = string(r)
		}
		return Token{Op, op, start}, nil
	}
	return Token{}, &LexError{Pos: start, Ch: r}
}

func tokenize(src string) ([]Token, error) {
	l := &Lexer{src: []rune(src)}
	var toks []Token
	for {
		t, err := l.Next()
		if err != nil {
			return toks, fmt.Errorf("tokenize: %w", err)
		}
		toks = append(toks, t)
		if t.Kind == EOF {
			return toks, nil
		}
	}
}

func main() {
	inputs := []string{
		`total = price * (qty + 1)`,
		`name == "gopher" >= 3.5`,
		`x # y`,
		`say "unterminated`,
	}
	for _, in := range inputs {
		toks, err := tokenize(in)
		counts := map[Kind]int{}
		for _, t := range toks {
			counts[t.Kind]++
		}
		fmt.Printf("%q: %d tokens, %d idents\n", in, len(toks), counts[Ident])
		for _, t := range toks {
			fmt.Printf("   %-7v %-8q @%d\n", t.Kind, t.Text, t.Pos)
		}
		if err != nil {
			var le *LexError
			if e, ok := err.(interface{ Unwrap() error }); ok {
				le, _ = e.Unwrap().(*LexError)
			}
			fmt.Printf("   error: %v (char %q)\n", err, le.Ch)
		}
	}
	fmt.Printf("%v %d %s\n", Kind(42), Op, RParen)
}
