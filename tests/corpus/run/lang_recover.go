package main

import (
	"errors"
	"fmt"
	"strconv"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type Stringy struct{ S string }

func (s Stringy) String() string { return "Stringy<" + s.S + ">" }

func try(name string, f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			fmt.Printf("%-8s no panic\n", name)
		case *MyErr:
			fmt.Printf("%-8s *MyErr code=%d: %v\n", name, v.Code, v)
		case error:
			var me *MyErr
			fmt.Printf("%-8s error: %v (wraps MyErr: %t)\n", name, v, errors.As(v, &me))
		case string:
			fmt.Printf("%-8s string: %q\n", name, v)
		case int:
			fmt.Printf("%-8s int: %d\n", name, v)
		case fmt.Stringer:
			fmt.Printf("%-8s stringer: %s\n", name, v)
		default:
			fmt.Printf("%-8s other %T: %v\n", name, v, v)
		}
	}()
	f()
}

func nestedPanic() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("outer caught: ", r)
		}
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprint("re-panic(", r, ")"))
			}
		}()
		panic("first")
	}()
	return "unreachable"
}

func recoverReturnsValue() (n int) {
	defer func() {
		recover()
		n = 7
	}()
	var arr []int
	return arr[3]
}

func main() {
	try("none", func() {})
	try("string", func() { panic("boom") })
	try("int", func() { panic(42) })
	try("error", func() { panic(errors.New("plain error")) })
	try("myerr", func() { panic(&MyErr{5}) })
	try("stringer", func() { panic(Stringy{"s"}) })
	try("float", func() { panic(2.5) })
	try("slice", func() { panic([]int{1, 2}) })
	try("divzero", func() {
		a, b := 1, 0
		fmt.Println(a / b)
	})
	try("index", func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[i])
	})
	try("nilmap", func() {
		var m map[string]int
		m["x"] = 1
	})
	try("assert", func() {
		var i interface{} = "str"
		fmt.Println(i.(int))
	})
	try("errorf", func() { panic(fmt.Errorf("wrapped: %w", &MyErr{9})) })
	fmt.Println(nestedPanic())
	fmt.Println(recoverReturnsValue())
	fmt.Println(recover())

	defer fmt.Println("main deferred runs after recovery")
	defer func() {
		r := recover()
		var me *MyErr
		if e, ok := r.(error); ok && errors.As(e, &me) {
			fmt.Println("final recovered code", me.Code)
		}
	}()
	panic(&MyErr{99})
}
