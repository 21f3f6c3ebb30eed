package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

type Fatal struct {
	Msg  string
	Code int
}

func (f Fatal) Error() string { return "fatal: " + f.Msg }

type Wrapped struct {
	Ctx string
	Err error
}

func (w *Wrapped) Error() string { return w.Ctx + ": " + w.Err.Error() }
func (w *Wrapped) Unwrap() error { return w.Err }

func capture(f func()) (val interface{}, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			val, panicked = r, true
		}
	}()
	f()
	return nil, false
}

func nested() (trace []string) {
	defer func() {
		r := recover()
		trace = append(trace, fmt.Sprintf("outer recovered %v", r))
	}()
	func() {
		defer func() {
			r := recover()
			trace = append(trace, fmt.Sprintf("inner recovered %v", r))
			panic(fmt.Sprintf("re-panic(%v)", r))
		}()
		panic("first")
	}()
	trace = append(trace, "unreachable")
	return trace
}

func main() {
	cases := []func(){
		func() { panic("a string") },
		func() { panic(7) },
		func() { panic(3.5) },
		func() { panic(true) },
		func() { panic(Point{1, 2}) },
		func() { panic(&Point{3, 4}) },
		func() { panic([]string{"x", "y"}) },
		func() { panic(map[string]int{"k": 1}) },
		func() { panic(Code(9)) },
		func() { panic(Fatal{"disk", 2}) },
		func() { panic(errors.New("an error")) },
		func() { panic(&Wrapped{"wrapped", Fatal{"net", 3}}) },
		func() { panic('R') },
		func() { panic(uint8(200)) },
		func() {},
	}
	for i, c := range cases {
		v, ok := capture(c)
		if !ok {
			fmt.Printf("%2d no panic\n", i)
			continue
		}
		if p, isPtr := v.(*Point); isPtr {
			fmt.Printf("%2d %-20T *Point{%d,%d}\n", i, v, p.X, p.Y)
			continue
		}
		fmt.Printf("%2d %-20T %v | %+v\n", i, v, v, v)
		var f Fatal
		if err, isErr := v.(error); isErr && errors.As(err, &f) {
			fmt.Printf("   fatal code %d\n", f.Code)
		}
	}

	runtimeCases := []func(){
		func() {
			var s []int
			_ = s[3]
		},
		func() {
			a, b := 10, 0
			_ = a / b
		},
		func() {
			var i interface{} = "str"
			_ = i.(int)
		},
		func() {
			s := make([]int, 2, 4)
			_ = s[1:5]
		},
		func() {
			var p *Point
			p.X = 1
		},
	}
	for i, c := range runtimeCases {
		v, _ := capture(c)
		err, isErr := v.(error)
		fmt.Printf("runtime %d error=%t: %v\n", i, isErr, err)
	}
	for _, line := range nested() {
		fmt.Println(line)
	}
}
