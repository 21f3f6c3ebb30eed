package main

import (
	"errors"
	"fmt"
)

func double() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func incBoth() (a, b int) {
	defer func() {
		a++
		b += 10
	}()
	a, b = 1, 2
	return
}

func overrideReturn() (s string) {
	defer func() {
		if s == "" {
			s = "default"
		}
	}()
	return ""
}

var ErrClosed = errors.New("closed")

type file struct {
	closeErr error
}

func (f *file) Close() error { return f.closeErr }

func process(f *file, fail bool) (err error) {
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	if fail {
		return errors.New("process failed")
	}
	return nil
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n += 1 }()
	}
	n = 100
	return n * 2
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func wrapErr(op string) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("%s: %w", op, err)
		}
	}()
	if op == "bad" {
		return ErrClosed
	}
	return nil
}

func unnamed() int {
	x := 5
	defer func() { x = 50 }()
	return x
}

func shadowed() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	defer func() { x *= 3 }()
	return
}

func main() {
	fmt.Println(double())
	fmt.Println(incBoth())
	fmt.Println(overrideReturn())
	fmt.Println(process(&file{}, false))
	fmt.Println(process(&file{ErrClosed}, false))
	fmt.Println(process(&file{ErrClosed}, true))
	fmt.Println(counter())
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	e := wrapErr("bad")
	fmt.Println(e, errors.Is(e, ErrClosed), errors.Unwrap(e) == ErrClosed)
	fmt.Println(wrapErr("good"))
	fmt.Println(unnamed(), shadowed())
}
