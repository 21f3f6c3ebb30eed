package main

import (
	"fmt"
	"strconv"
	"strings"
)

type TokKind int

const (
	NUM TokKind = iota
	OP
	EOF
)

type Token struct {
	Kind TokKind
	Text string
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' || c == '.' }
func tokenize(src string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(src); {
		c := src[i]
		j := i + 1
		switch {
		case c == ' ':
		case isDigit(c):
			for j < len(src) && isDigit(src[j]) {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j]})
		case strings.IndexByte("+-*/^()", c) >= 0:
			toks = append(toks, Token{OP, string(c)})
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", c, i)
		}
		i = j
	}
	return append(toks, Token{EOF, ""}), nil
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peekOp(ops string) bool {
	t := p.toks[p.pos]
	return t.Kind == OP && strings.Contains(ops, t.Text)
}

func (p *Parser) next() Token {
	t := p.toks[p.pos]
	p.pos++
	return t
}

func (p *Parser) expr() (float64, error) {
	left, err := p.term()
	for err == nil && p.peekOp("+-") {
		op := p.next().Text
		var right float64
		if right, err = p.term(); op == "+" {
			left += right
		} else {
			left -= right
		}
	}
	return left, err
}

func (p *Parser) term() (float64, error) {
	left, err := p.unary()
	for err == nil && p.peekOp("*/") {
		op := p.next().Text
		var right float64
		if right, err = p.unary(); op == "*" {
			left *= right
		} else if right == 0 && err == nil {
			return 0, fmt.Errorf("division by zero")
		} else {
			left /= right
		}
	}
	return left, err
}

// unary := '-' unary | primary ('^' unary)?
func (p *Parser) unary() (float64, error) {
	if p.peekOp("-") {
		p.next()
		v, err := p.unary()
		return -v, err
	}
	base, err := p.primary()
	if err == nil && p.peekOp("^") {
		p.next()
		exp, err2 := p.unary()
		r := 1.0
		for i := 0; i < int(exp); i++ {
			r *= base
		}
		return r, err2
	}
	return base, err
}

func (p *Parser) primary() (float64, error) {
	t := p.next()
	switch {
	case t.Kind == NUM:
		return strconv.ParseFloat(t.Text, 64)
	case t.Kind == OP && t.Text == "(":
		v, err := p.expr()
		if err == nil && p.next().Text != ")" {
			err = fmt.Errorf("expected )")
		}
		return v, err
	}
	return 0, fmt.Errorf("unexpected token %q", t.Text)
}

func eval(src string) (float64, error) {
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.toks[p.pos].Kind != EOF {
		err = fmt.Errorf("trailing input at token %d", p.pos)
	}
	return v, err
}

func main() {
	inputs := []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "7 - 2 - 1 + 3",
		"2 * 3.14159 * 3", "1 / 0", "(1 + 2", "3 $ 4", "1.5 * (2 - (3 / 4))", "4 4", "--3", "1.5e", "", "1..2"}
	for _, in := range inputs {
		v, err := eval(in)
		if err != nil {
			fmt.Printf("%-14q error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-14q = %g\n", in, v)
	}
}
