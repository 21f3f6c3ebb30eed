// Interface values: nil interface versus interface holding a nil
// pointer, comparing interfaces, and returning error values correctly.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return fmt.Sprintf("code %d", e.Code)
}

func find(code int) *MyErr {
	if code == 0 {
		return nil
	}
	return &MyErr{code}
}

func check(code int) error {
	if e := find(code); e != nil {
		return e
	}
	return nil
}

func main() {
	var e1 error
	fmt.Println(e1 == nil)
	var p *MyErr
	var e2 error = p
	fmt.Println(e2 == nil, e2.Error())
	fmt.Println(check(0) == nil, check(5))

	var a, b interface{} = 3, 3
	fmt.Println(a == b, a != interface{}("3"))
	x := errors.New("same text")
	y := errors.New("same text")
	fmt.Println(x == y, x.Error() == y.Error())

	var target *MyErr
	wrapped := fmt.Errorf("outer: %w", check(7))
	if errors.As(wrapped, &target) {
		fmt.Println("found code", target.Code)
	}
	vals := map[interface{}]string{1: "int", "1": "string", 1.0: "float"}
	fmt.Println(len(vals), vals[1], vals["1"])
}
