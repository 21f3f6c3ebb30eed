package main

import (
	"errors"
	"fmt"
)

type AppError struct {
	Code int
}

func (e *AppError) Error() string {
	if e == nil {
		return "<nil AppError>"
	}
	return fmt.Sprintf("app error %d", e.Code)
}

func badCheck(fail bool) error {
	var p *AppError
	if fail {
		p = &AppError{500}
	}
	return p
}

func goodCheck(fail bool) error {
	if fail {
		return &AppError{500}
	}
	return nil
}

func typedResult(fail bool) *AppError {
	if fail {
		return &AppError{404}
	}
	return nil
}

type Closer interface{ Close() string }

type File struct{ name string }

func (f *File) Close() string {
	if f == nil {
		return "close on nil *File"
	}
	return "closed " + f.name
}

func main() {
	e1 := badCheck(false)
	e2 := goodCheck(false)
	fmt.Println("badCheck(false) == nil:", e1 == nil)
	fmt.Println("goodCheck(false) == nil:", e2 == nil)
	fmt.Printf("e1 = %v, type %T\n", e1, e1)
	fmt.Printf("e2 = %v, type %T\n", e2, e2)

	var ae *AppError
	fmt.Println(errors.As(e1, &ae), ae == nil)

	if err := typedResult(false); err != nil {
		fmt.Println("unexpected")
	} else {
		fmt.Println("typed pointer compared directly is nil")
	}
	var err error = typedResult(false)
	fmt.Println("assigned to error iface, nil?", err == nil)
	err = typedResult(true)
	fmt.Println(err, err == nil)

	var c Closer
	fmt.Println(c == nil)
	var f *File
	c = f
	fmt.Println(c == nil, c.Close())
	c = &File{"log.txt"}
	fmt.Println(c.Close())

	isNil := func(i interface{}) bool {
		if i == nil {
			return true
		}
		switch v := i.(type) {
		case *AppError:
			return v == nil
		case *File:
			return v == nil
		}
		return false
	}
	fmt.Println(isNil(nil), isNil(e1), isNil(f), isNil(&File{}), isNil(0))

	var x interface{} = (*int)(nil)
	fmt.Println(x == nil, x == (*int)(nil))

	var ifaces []error
	ifaces = append(ifaces, nil, badCheck(false), goodCheck(true))
	for i, e := range ifaces {
		fmt.Printf("%d: nil=%t ", i, e == nil)
		if e != nil {
			fmt.Print(e.Error())
		}
		fmt.Println()
	}
	var p1, p2 *AppError
	var i1, i2 error = p1, p2
	fmt.Println(i1 == i2, i1 == error(nil), p1 == p2)
}
