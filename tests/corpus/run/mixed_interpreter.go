package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type TokenKind int

const (
	NUM TokenKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
)

type Token struct {
	Kind TokenKind
	Text string
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && src[j] >= '0' && src[j] <= '9' {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j]})
			i = j
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(src) && src[j] >= 'a' && src[j] <= 'z' {
				j++
			}
			toks = append(toks, Token{IDENT, src[i:j]})
			i = j
		case strings.Contains("+-*/%", string(c)):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", c, i)
		}
	}
	return toks, nil
}

type Node interface {
	Eval(env map[string]int) (int, error)
	String() string
}

type Num int
type Var string
type BinOp struct {
	Op   byte
	L, R Node
}

func (n Num) Eval(map[string]int) (int, error) { return int(n), nil }
func (n Num) String() string                   { return strconv.Itoa(int(n)) }

func (v Var) Eval(env map[string]int) (int, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %s", string(v))
}
func (v Var) String() string { return string(v) }

var ErrDivZero = errors.New("division by zero")

func (b *BinOp) Eval(env map[string]int) (int, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/', '%':
		if r == 0 {
			return 0, ErrDivZero
		}
		if b.Op == '/' {
			return l / r, nil
		}
		return l % r, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}

func (b *BinOp) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func prec(op string) int {
	if op == "+" || op == "-" {
		return 1
	}
	return 2
}

func (p *Parser) parseExpr(minPrec int) (Node, error) {
	lhs, err := p.parsePrimary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if t == nil || t.Kind != OP || prec(t.Text) < minPrec {
			return lhs, nil
		}
		p.pos++
		rhs, err := p.parseExpr(prec(t.Text) + 1)
		if err != nil {
			return nil, err
		}
		lhs = &BinOp{t.Text[0], lhs, rhs}
	}
}

func (p *Parser) parsePrimary() (Node, error) {
	t := p.peek()
	if t == nil {
		return nil, errors.New("unexpected end of input")
	}
	p.pos++
	switch t.Kind {
	case NUM:
		n, _ := strconv.Atoi(t.Text)
		return Num(n), nil
	case IDENT:
		return Var(t.Text), nil
	case LPAREN:
		e, err := p.parseExpr(1)
		if err != nil {
			return nil, err
		}
		if nt := p.peek(); nt == nil || nt.Kind != RPAREN {
			return nil, errors.New("missing )")
		}
		p.pos++
		return e, nil
	}
	return nil, fmt.Errorf("unexpected token %q", t.Text)
}

func run(src string, env map[string]int) {
	toks, err := tokenize(src)
	if err != nil {
		fmt.Println("lex error:", err)
		return
	}
	p := &Parser{toks: toks}
	ast, err := p.parseExpr(1)
	if err == nil && p.pos != len(toks) {
		err = fmt.Errorf("trailing tokens after %d", p.pos)
	}
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	v, err := ast.Eval(env)
	if err != nil {
		fmt.Printf("%-28s => error: %v\n", ast, err)
		return
	}
	fmt.Printf("%-28s => %d\n", ast, v)
}

func main() {
	env := map[string]int{"x": 6, "y": 7, "zero": 0}
	for _, src := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "x * y - 2", "100 / 7 % 4",
		"10 - 4 - 3", "x / zero", "a + 1", "2 * (3 + 4) * (5 - 1)",
		"3 $ 4", "(1 + 2", "1 2", "",
	} {
		run(src, env)
	}
}
