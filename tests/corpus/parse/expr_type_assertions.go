package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type Named interface{ Name() string }

type file struct{ n string }

func (f *file) Name() string { return f.n }

func main() {
	var v interface{} = "text"

	// Single-value assertion.
	s := v.(string)

	// Comma-ok assertions, declaring and assigning.
	n, ok := v.(int)
	var str fmt.Stringer
	str, ok = v.(fmt.Stringer)

	// Assertion to pointer, interface, and anonymous interface types.
	var x interface{} = &file{"a.txt"}
	fp := x.(*file)
	nm := x.(Named).Name()
	anon, ok2 := x.(interface{ Name() string })

	// Assertion to composite types.
	var y interface{} = []int{1, 2}
	ints := y.([]int)
	_, isMap := y.(map[string]int)
	_, isFunc := y.(func() error)
	_, isChan := y.(<-chan int)

	// Assertion result used in expressions and statements.
	var r io.Reader = strings.NewReader("data")
	if sr, ok := r.(*strings.Reader); ok {
		fmt.Println(sr.Len())
	}
	if _, ok := r.(io.Writer); !ok {
		fmt.Println("not a writer")
	}
	var err error = &os.PathError{Op: "open", Path: "/x", Err: errors.New("missing")}
	path := err.(*os.PathError).Path

	// Parenthesized operand.
	length := len((v).(string))

	fmt.Println(s, n, ok, str, fp.n, nm, anon != nil, ok2, ints, isMap, isFunc, isChan, path, length)
}
