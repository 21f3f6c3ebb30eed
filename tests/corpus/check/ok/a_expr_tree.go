// An expression tree behind an interface: a recursive-descent parser
// builds Num, Var and Bin nodes, and Eval uses an environment map.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Expr interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

var ErrUnbound = errors.New("unbound variable")

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("%w: %s", ErrUnbound, string(v))
}
func (v Var) String() string { return string(v) }

func (b Bin) Eval(env map[string]float64) (float64, error) {
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
			return 0, errors.New("divide by zero")
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad operator %c", b.Op)
}
func (b Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

type parser struct {
	toks []string
	i    int
}

func (p *parser) peek() string {
	if p.i >= len(p.toks) {
		return ""
	}
	return p.toks[p.i]
}

func (p *parser) next() (t string) {
	if t = p.peek(); t != "" {
		p.i++
	}
	return
}

func (p *parser) binary(sub func() Expr, ops string) Expr {
	e := sub()
	for t := p.peek(); t != "" && strings.Contains(ops, t); t = p.peek() {
		p.next()
		e = Bin{t[0], e, sub()}
	}
	return e
}

func (p *parser) expr() Expr { return p.binary(p.term, "+-") }
func (p *parser) term() Expr { return p.binary(p.unary, "*/") }

func (p *parser) unary() Expr {
	switch t := p.next(); {
	case t == "-":
		return Bin{'-', Num(0), p.unary()}
	case t == "(":
		e := p.expr()
		p.next()
		return e
	default:
		if f, err := strconv.ParseFloat(t, 64); err == nil {
			return Num(f)
		}
		return Var(t)
	}
}

func main() {
	env := map[string]float64{"x": 3, "y": 4}
	for _, src := range []string{"1 + 2 * x", "( x + y ) * - 2", "y / ( x - 3 )", "z * 2", "- - 7 - 1"} {
		p := &parser{toks: strings.Fields(src)}
		e := p.expr()
		v, err := e.Eval(env)
		fmt.Printf("%-18s %-22v = %v err=%v unbound=%t\n", src, e, v, err, errors.Is(err, ErrUnbound))
	}
}
