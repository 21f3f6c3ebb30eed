// An expression evaluator: AST nodes as interface implementations, a
// recursive-descent parser, variable environments and evaluation errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Node interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Node
}

var _, _, _ Node = Num(0), Var(""), (*BinOp)(nil)

var ErrDivZero = errors.New("division by zero")

type UnboundError struct{ Name string }

func (e UnboundError) Error() string { return "unbound variable " + strconv.Quote(e.Name) }

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, UnboundError{string(v)}
}
func (v Var) String() string { return string(v) }

func (b *BinOp) Eval(env map[string]float64) (float64, error) {
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
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("%v: %w", b, ErrDivZero)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("unknown operator %q", b.Op)
}
func (b *BinOp) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

type parser struct {
	s   string
	pos int
}

func (p *parser) skip() {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
}

func (p *parser) binary(ops string, next func() (Node, error)) (Node, error) {
	left, err := next()
	for err == nil {
		p.skip()
		if p.pos >= len(p.s) || !strings.ContainsRune(ops, rune(p.s[p.pos])) {
			break
		}
		op := p.s[p.pos]
		p.pos++
		var right Node
		if right, err = next(); err == nil {
			left = &BinOp{op, left, right}
		}
	}
	return left, err
}

func (p *parser) expr() (Node, error) { return p.binary("+-", p.term) }
func (p *parser) term() (Node, error) { return p.binary("*/", p.atom) }

func (p *parser) atom() (Node, error) {
	p.skip()
	start := p.pos
	switch {
	case p.pos < len(p.s) && p.s[p.pos] == '(':
		p.pos++
		n, err := p.expr()
		if p.skip(); err == nil && (p.pos >= len(p.s) || p.s[p.pos] != ')') {
			return nil, fmt.Errorf("missing ) at %d", p.pos)
		}
		p.pos++
		return n, err
	case p.pos < len(p.s) && unicode.IsLetter(rune(p.s[p.pos])):
		for p.pos < len(p.s) && unicode.IsLetter(rune(p.s[p.pos])) {
			p.pos++
		}
		return Var(p.s[start:p.pos]), nil
	}
	for p.pos < len(p.s) && strings.IndexByte("0123456789.", p.s[p.pos]) >= 0 {
		p.pos++
	}
	f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
	if err != nil {
		return nil, fmt.Errorf("bad number at %d: %w", start, err)
	}
	return Num(f), nil
}

func main() {
	env := map[string]float64{"x": 3, "y": 4, "zero": 0}
	for _, src := range []string{"1 + 2 * 3", "(x + y) * (x - y) / 2", "x / zero + 1", "rate * 2", "2 * (3 + ", "1.5.5 + 1"} {
		p := &parser{s: src}
		n, err := p.expr()
		if err != nil {
			fmt.Printf("%-22q parse error: %v\n", src, err)
			continue
		}
		v, err := n.Eval(env)
		var ue UnboundError
		switch {
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-22q %v -> div by zero (%v)\n", src, n, err)
		case errors.As(err, &ue):
			fmt.Printf("%-22q %v -> needs %s\n", src, n, ue.Name)
		default:
			fmt.Printf("%-22q %v = %.4g  [%T]\n", src, n, v, n)
		}
	}
}
