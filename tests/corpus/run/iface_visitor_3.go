package main

import (
	"fmt"
	"strings"
)

type Expr interface {
	Accept(v Visitor) interface{}
}

type Visitor interface {
	VisitNum(n Num) interface{}
	VisitVar(v Var) interface{}
	VisitBin(b *Bin) interface{}
	VisitCall(c *Call) interface{}
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

func (n Num) Accept(v Visitor) interface{}   { return v.VisitNum(n) }
func (x Var) Accept(v Visitor) interface{}   { return v.VisitVar(x) }
func (b *Bin) Accept(v Visitor) interface{}  { return v.VisitBin(b) }
func (c *Call) Accept(v Visitor) interface{} { return v.VisitCall(c) }

type Printer struct{}

func (Printer) VisitNum(n Num) interface{} { return fmt.Sprint(float64(n)) }
func (Printer) VisitVar(v Var) interface{} { return string(v) }
func (p Printer) VisitBin(b *Bin) interface{} {
	return fmt.Sprintf("(%s %c %s)", b.L.Accept(p), b.Op, b.R.Accept(p))
}
func (p Printer) VisitCall(c *Call) interface{} {
	args := make([]string, len(c.Args))
	for i, a := range c.Args {
		args[i] = a.Accept(p).(string)
	}
	return c.Fn + "(" + strings.Join(args, ", ") + ")"
}

type Evaluator struct {
	Env   map[string]float64
	Funcs map[string]func(...float64) float64
	Steps int
}

func (e *Evaluator) VisitNum(n Num) interface{} { e.Steps++; return float64(n) }
func (e *Evaluator) VisitVar(v Var) interface{} {
	e.Steps++
	if val, ok := e.Env[string(v)]; ok {
		return val
	}
	panic(fmt.Sprintf("unbound variable %s", v))
}
func (e *Evaluator) VisitBin(b *Bin) interface{} {
	e.Steps++
	l, r := b.L.Accept(e).(float64), b.R.Accept(e).(float64)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op " + string(b.Op))
}
func (e *Evaluator) VisitCall(c *Call) interface{} {
	e.Steps++
	var args []float64
	for _, a := range c.Args {
		args = append(args, a.Accept(e).(float64))
	}
	return e.Funcs[c.Fn](args...)
}

type VarCollector struct{ seen map[string]int }

func (vc *VarCollector) VisitNum(Num) interface{}   { return nil }
func (vc *VarCollector) VisitVar(v Var) interface{} { vc.seen[string(v)]++; return nil }
func (vc *VarCollector) VisitBin(b *Bin) interface{} {
	b.L.Accept(vc)
	b.R.Accept(vc)
	return nil
}
func (vc *VarCollector) VisitCall(c *Call) interface{} {
	for _, a := range c.Args {
		a.Accept(vc)
	}
	return nil
}

func safeEval(e Expr, ev *Evaluator) (res float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval: %v", r)
		}
	}()
	return e.Accept(ev).(float64), nil
}

func main() {
	expr := &Bin{'+', &Bin{'*', Num(2), Var("x")}, &Call{"max", []Expr{Var("y"), Num(10), &Bin{'-', Var("x"), Num(1)}}}}
	fmt.Println(expr.Accept(Printer{}))
	ev := &Evaluator{
		Env: map[string]float64{"x": 4, "y": 12.5},
		Funcs: map[string]func(...float64) float64{"max": func(xs ...float64) float64 {
			m := xs[0]
			for _, x := range xs[1:] {
				if x > m {
					m = x
				}
			}
			return m
		}},
	}
	fmt.Println(safeEval(expr, ev))
	fmt.Println("steps:", ev.Steps)
	vc := &VarCollector{seen: map[string]int{}}
	expr.Accept(vc)
	fmt.Println(vc.seen)
	bad := &Bin{'/', Var("z"), Num(0)}
	fmt.Println(bad.Accept(Printer{}))
	fmt.Println(safeEval(bad, ev))
	ev.Env["z"] = 1
	fmt.Println(safeEval(bad, ev))
	fmt.Println(safeEval(&Bin{'%', Num(1), Num(2)}, ev))
}
