package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string {
	if e == nil {
		return "<nil ValidationError>"
	}
	return "invalid " + e.Field
}

// validateBad returns a typed nil pointer inside a non-nil interface.
func validateBad(name string) error {
	var err *ValidationError
	if name == "" {
		err = &ValidationError{"name"}
	}
	return err
}

func validateGood(name string) error {
	if name == "" {
		return &ValidationError{"name"}
	}
	return nil
}

type Node struct {
	Val  int
	Next *Node
}

// Sum works on a nil receiver, which is the empty list.
func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Next.Sum()
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

type Lener interface{ Len() int }

func isNil(v interface{}) string {
	if v == nil {
		return "nil interface"
	}
	switch x := v.(type) {
	case *Node:
		if x == nil {
			return "interface holding nil *Node"
		}
	case error:
		if ve, ok := x.(*ValidationError); ok && ve == nil {
			return "interface holding nil *ValidationError"
		}
	}
	return fmt.Sprintf("non-nil %T", v)
}

func main() {
	e1 := validateBad("bob")
	e2 := validateGood("bob")
	fmt.Println("bad == nil:", e1 == nil, "good == nil:", e2 == nil)
	fmt.Println("bad message:", e1.Error())
	fmt.Printf("bad %%T=%T good %%T=%T\n", e1, e2)
	var ve *ValidationError
	fmt.Println("errors.As on typed nil:", errors.As(e1, &ve), ve == nil)

	e3 := validateBad("")
	fmt.Println("e3:", e3, e3 != nil)

	var list *Node
	fmt.Println("empty list sum/len:", list.Sum(), list.Len())
	for i := 3; i >= 1; i-- {
		list = &Node{i * 10, list}
	}
	fmt.Println("list sum/len:", list.Sum(), list.Len())

	var l Lener
	fmt.Println("l == nil:", l == nil)
	var np *Node
	l = np
	fmt.Println("l == nil after assigning nil *Node:", l == nil, "Len():", l.Len())

	var nilMap map[string]int
	var nilSlice []int
	var nilFunc func()
	var nilErr error
	for _, v := range []interface{}{nil, np, list, e1, e2, nilErr, nilMap == nil, nilSlice == nil, nilFunc == nil} {
		fmt.Println(isNil(v))
	}
	fmt.Println("len/cap of nil slice:", len(nilSlice), cap(nilSlice), "nil map lookup:", nilMap["x"])
	nilSlice = append(nilSlice, 1)
	fmt.Println("after append:", nilSlice, nilSlice == nil)

	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println("recovered runtime error:", ok, err)
	}()
	var missing *Node
	fmt.Println(missing.Val)
}
