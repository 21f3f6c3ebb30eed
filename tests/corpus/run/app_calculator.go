package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Token struct {
	Kind byte // 'n' number, 'o' operator or paren
	Text string
	Val  float64
}

func tokenize(src string) (toks []Token, err error) {
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r, j := rs[i], i+1
		switch {
		case unicode.IsSpace(r):
		case unicode.IsDigit(r) || r == '.':
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			v, err := strconv.ParseFloat(string(rs[i:j]), 64)
			if err != nil {
				return nil, fmt.Errorf("bad number %q at %d", string(rs[i:j]), i)
			}
			toks = append(toks, Token{'n', string(rs[i:j]), v})
		case strings.ContainsRune("+-*/^%()", r):
			toks = append(toks, Token{Kind: 'o', Text: string(r)})
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
		i = j
	}
	return toks, nil
}

var ErrDivZero = errors.New("division by zero")

type Parser struct { // recursive descent over a token slice
	toks []Token
	pos  int
}

func (p *Parser) accept(ops string) (string, bool) {
	if p.pos < len(p.toks) && p.toks[p.pos].Kind == 'o' && strings.Contains(ops, p.toks[p.pos].Text) {
		p.pos++
		return p.toks[p.pos-1].Text, true
	}
	return "", false
}

func (p *Parser) expr() (float64, error) {
	left, err := p.term()
	for op, ok := p.accept("+-"); ok && err == nil; op, ok = p.accept("+-") {
		var right float64
		right, err = p.term()
		if op == "+" {
			left += right
		} else {
			left -= right
		}
	}
	return left, err
}

func (p *Parser) term() (float64, error) {
	left, err := p.power()
	for op, ok := p.accept("*/%"); ok && err == nil; op, ok = p.accept("*/%") {
		var right float64
		if right, err = p.power(); err != nil {
			break
		}
		switch {
		case op == "*":
			left *= right
		case right == 0:
			return 0, ErrDivZero
		case op == "/":
			left /= right
		default:
			left = math.Mod(left, right)
		}
	}
	return left, err
}

func (p *Parser) power() (float64, error) {
	base, err := p.unary()
	if _, ok := p.accept("^"); ok && err == nil {
		exp, err := p.power() // right associative
		return math.Pow(base, exp), err
	}
	return base, err
}

func (p *Parser) unary() (float64, error) {
	if _, ok := p.accept("-"); ok {
		v, err := p.unary()
		return -v, err
	}
	if _, ok := p.accept("("); ok {
		v, err := p.expr()
		if _, closed := p.accept(")"); err == nil && !closed {
			err = errors.New("missing )")
		}
		return v, err
	}
	if p.pos >= len(p.toks) {
		return 0, errors.New("unexpected end of input")
	}
	p.pos++
	if t := p.toks[p.pos-1]; t.Kind != 'n' {
		return 0, fmt.Errorf("unexpected token %q", t.Text)
	}
	return p.toks[p.pos-1].Val, nil
}

func eval(src string) (float64, error) {
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.pos < len(toks) {
		err = fmt.Errorf("trailing input at token %d (%s)", p.pos, toks[p.pos].Text)
	}
	return v, err
}

func main() {
	for _, src := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "17 % 5",
		"3.14159 * 4 ^ 2", "1000 * (1 + 0.075) ^ 10", "7 / (3 - 3)", "2 * (3 + 4",
		"y + 1", "3 $ 4", "1.2.3 + 1", "4 4", "", "((((4))))", "2 * * 3", "8 - 3 - 2",
	} {
		v, err := eval(src)
		if err != nil {
			fmt.Printf("%-24q error: %v (divzero=%t)\n", src, err, errors.Is(err, ErrDivZero))
			continue
		}
		fmt.Printf("%-24q = %g\n", src, v)
	}
}
