// A tiny Lisp: a reader producing interface{} values (float64, Symbol,
// []interface{}), an evaluator with environments, lambdas as closures.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Symbol string
type Proc func(args []interface{}) (interface{}, error)

type Env struct {
	vars  map[Symbol]interface{}
	outer *Env
}

func (e *Env) Find(s Symbol) (interface{}, error) {
	for env := e; env != nil; env = env.outer {
		if v, ok := env.vars[s]; ok {
			return v, nil
		}
	}
	return nil, fmt.Errorf("undefined symbol %q", s)
}

var ErrSyntax = errors.New("syntax error")

func read(tokens *[]string) (interface{}, error) {
	if len(*tokens) == 0 {
		return nil, fmt.Errorf("%w: unexpected EOF", ErrSyntax)
	}
	tok := (*tokens)[0]
	*tokens = (*tokens)[1:]
	switch tok {
	case "(":
		var list []interface{}
		for len(*tokens) > 0 && (*tokens)[0] != ")" {
			x, err := read(tokens)
			if err != nil {
				return nil, err
			}
			list = append(list, x)
		}
		if len(*tokens) == 0 {
			return nil, fmt.Errorf("%w: missing )", ErrSyntax)
		}
		*tokens = (*tokens)[1:]
		return list, nil
	case ")":
		return nil, fmt.Errorf("%w: unexpected )", ErrSyntax)
	}
	if f, err := strconv.ParseFloat(tok, 64); err == nil {
		return f, nil
	}
	return Symbol(tok), nil
}

func arith(op func(a, b float64) float64) Proc {
	return func(args []interface{}) (interface{}, error) {
		acc, ok := args[0].(float64)
		for _, a := range args[1:] {
			f, isNum := a.(float64)
			if !isNum || !ok {
				return nil, fmt.Errorf("not a number: %v", a)
			}
			acc = op(acc, f)
		}
		return acc, nil
	}
}

func eval(x interface{}, env *Env) (interface{}, error) {
	switch v := x.(type) {
	case Symbol:
		return env.Find(v)
	case []interface{}:
		if head, ok := v[0].(Symbol); ok {
			switch head {
			case "define":
				val, err := eval(v[2], env)
				env.vars[v[1].(Symbol)] = val
				return val, err
			case "if":
				c, err := eval(v[1], env)
				if err != nil {
					return nil, err
				}
				if c != 0.0 {
					return eval(v[2], env)
				}
				return eval(v[3], env)
			case "lambda":
				params := v[1].([]interface{})
				return Proc(func(args []interface{}) (interface{}, error) {
					local := &Env{map[Symbol]interface{}{}, env}
					for i, p := range params {
						local.vars[p.(Symbol)] = args[i]
					}
					return eval(v[2], local)
				}), nil
			}
		}
		vals := make([]interface{}, len(v))
		for i, e := range v {
			val, err := eval(e, env)
			if err != nil {
				return nil, err
			}
			vals[i] = val
		}
		fn, ok := vals[0].(Proc)
		if !ok {
			return nil, fmt.Errorf("%v is not callable (%T)", v[0], vals[0])
		}
		return fn(vals[1:])
	default:
		return x, nil
	}
}

func main() {
	global := &Env{vars: map[Symbol]interface{}{
		"+": arith(func(a, b float64) float64 { return a + b }),
		"-": arith(func(a, b float64) float64 { return a - b }),
		"*": arith(func(a, b float64) float64 { return a * b }),
	}}
	programs := []string{
		"(define sq (lambda (x) (* x x)))", "(sq 12)",
		"(define fact (lambda (n) (if n (* n (fact (- n 1))) 1)))", "(fact 10)", "(+ 1 2 3.5)",
		"(undefined 1)", "(1 2)", "(+ 1 (* 2 3)", ")",
	}
	for _, src := range programs {
		tokens := strings.Fields(strings.ReplaceAll(strings.ReplaceAll(src, "(", " ( "), ")", " ) "))
		expr, err := read(&tokens)
		if err == nil {
			expr, err = eval(expr, global)
		}
		if _, isProc := expr.(Proc); isProc {
			expr = "<lambda>"
		}
		if err != nil {
			expr = fmt.Sprintf("error (syntax=%t): %v", errors.Is(err, ErrSyntax), err)
		}
		fmt.Printf("%-58s => %v\n", src, expr)
	}
}
