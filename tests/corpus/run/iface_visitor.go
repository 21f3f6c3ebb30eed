package main

import (
	"errors"
	"fmt"
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
type Call struct {
	Fn   string
	Args []Expr
}

var ErrUnbound = errors.New("unbound variable")

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return fmt.Sprint(float64(n)) }

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
			return 0, fmt.Errorf("divide %v by zero in %v", l, b)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}
func (b Bin) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

func (c Call) Eval(env map[string]float64) (float64, error) {
	best := 0.0
	for i, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, fmt.Errorf("%s arg %d: %w", c.Fn, i, err)
		}
		if i == 0 || (c.Fn == "max" && v > best) || (c.Fn == "min" && v < best) {
			best = v
		}
	}
	return best, nil
}
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

// Visit walks the tree depth-first calling fn on every node.
func Visit(e Expr, depth int, fn func(Expr, int)) {
	fn(e, depth)
	switch n := e.(type) {
	case Bin:
		Visit(n.L, depth+1, fn)
		Visit(n.R, depth+1, fn)
	case Call:
		for _, a := range n.Args {
			Visit(a, depth+1, fn)
		}
	}
}

func Simplify(e Expr) Expr {
	b, ok := e.(Bin)
	if !ok {
		return e
	}
	l, r := Simplify(b.L), Simplify(b.R)
	ln, lok := l.(Num)
	rn, rok := r.(Num)
	switch {
	case lok && rok:
		v, err := Bin{b.Op, ln, rn}.Eval(nil)
		if err == nil {
			return Num(v)
		}
	case b.Op == '*' && ((lok && ln == 0) || (rok && rn == 0)):
		return Num(0)
	case b.Op == '*' && rok && rn == 1, b.Op == '+' && rok && rn == 0:
		return l
	}
	return Bin{b.Op, l, r}
}

func main() {
	e := Bin{'+', Bin{'*', Var("x"), Num(1)}, Call{"max", []Expr{Num(2), Bin{'-', Var("y"), Num(0.5)}, Num(-1)}}}
	fmt.Println("expr:", e)
	counts := map[string]int{}
	Visit(e, 0, func(n Expr, d int) {
		counts[fmt.Sprintf("%T", n)]++
		fmt.Printf("%s%v\n", strings.Repeat(". ", d), n)
	})
	fmt.Println(counts)
	for _, env := range []map[string]float64{{"x": 3, "y": 10}, {"x": 1, "y": 1}, {"x": 2}} {
		v, err := e.Eval(env)
		fmt.Printf("env=%v -> %v err=%v unbound=%t\n", env, v, err, errors.Is(err, ErrUnbound))
	}
	for _, x := range []Expr{
		Bin{'*', Bin{'+', Num(2), Num(3)}, Var("z")},
		Bin{'+', Bin{'*', Var("a"), Bin{'-', Num(4), Num(4)}}, Num(0)},
		Bin{'*', Var("q"), Bin{'/', Num(6), Num(6)}},
		Bin{'/', Num(1), Num(0)},
	} {
		s := Simplify(x)
		_, err := s.Eval(map[string]float64{})
		fmt.Printf("%v => %v (%T) err=%v\n", x, s, s, err)
	}
}
