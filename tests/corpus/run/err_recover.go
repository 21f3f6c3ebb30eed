package main

import (
	"errors"
	"fmt"
	"strings"
)

type PanicError struct {
	Op    string
	Value interface{}
}

func (e *PanicError) Error() string { return fmt.Sprintf("%s panicked: %v", e.Op, e.Value) }

// safely converts a panic in fn into an error.
func safely(op string, fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("%s: %w", op, e)
				return
			}
			err = &PanicError{op, r}
		}
	}()
	fn()
	return nil
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("divide(%d, %d): %v", a, b, r)
		}
	}()
	q = a / b
	return
}

type Stack struct{ data []int }

func (s *Stack) Push(v int) { s.data = append(s.data, v) }
func (s *Stack) Pop() int {
	if len(s.data) == 0 {
		panic("pop from empty stack")
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}

// rpn evaluates a reverse polish expression, turning any panic into an error.
func rpn(expr string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("rpn %q: %v", expr, r)
		}
	}()
	var s Stack
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, a := s.Pop(), s.Pop()
			s.Push(map[string]func(int, int) int{
				"+": func(x, y int) int { return x + y },
				"-": func(x, y int) int { return x - y },
				"*": func(x, y int) int { return x * y },
				"/": func(x, y int) int { return x / y },
			}[tok](a, b))
		default:
			n := 0
			for _, c := range tok {
				if c < '0' || c > '9' {
					panic(fmt.Sprintf("bad token %q", tok))
				}
				n = n*10 + int(c-'0')
			}
			s.Push(n)
		}
	}
	if len(s.data) != 1 {
		panic(fmt.Errorf("stack has %d items", len(s.data)))
	}
	return s.Pop(), nil
}

func main() {
	for _, p := range [][2]int{{10, 3}, {7, 0}, {-9, 2}} {
		q, err := divide(p[0], p[1])
		fmt.Println("divide:", q, err)
	}
	for _, e := range []string{"3 4 + 2 *", "1 +", "4 0 /", "2 x *", "1 2 3", "15 7 1 1 + - / 3 * 2 1 1 + + -"} {
		v, err := rpn(e)
		fmt.Printf("%-34q => %d, %v\n", e, v, err)
	}
	sentinel := errors.New("sentinel")
	tasks := map[string]func(){
		"a-ok":     func() {},
		"b-index":  func() { _ = []int{1, 2, 3}[len("four")] },
		"c-string": func() { panic("plain string") },
		"d-error":  func() { panic(sentinel) },
		"e-int":    func() { panic(42) },
		"f-nilmap": func() { var m map[string]int; m["x"] = 1 },
	}
	for _, name := range []string{"a-ok", "b-index", "c-string", "d-error", "e-int", "f-nilmap"} {
		err := safely(name, tasks[name])
		var pe *PanicError
		fmt.Printf("%-9s err=%v\n", name, err)
		fmt.Printf("          panicErr=%t sentinel=%t\n", errors.As(err, &pe), errors.Is(err, sentinel))
		if pe != nil {
			fmt.Printf("          value %v of type %T\n", pe.Value, pe.Value)
		}
	}
}
