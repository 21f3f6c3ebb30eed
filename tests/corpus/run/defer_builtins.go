package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type closer struct{ name string }

func (c *closer) Close() error {
	fmt.Println("close", c.name)
	return nil
}

type holder struct {
	io.Closer
}

func work(m map[string]int, key string) (n int) {
	defer delete(m, key)
	m[key] = 42
	n = len(m)
	return
}

func closeAll() {
	var c io.Closer = &closer{"first"}
	defer c.Close()
	c = &closer{"second"}
	defer c.Close()
	h := holder{&closer{"embedded"}}
	defer h.Close()
	fmt.Println("body done")
}

func panicky() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer panic(errors.New("deferred boom"))
	return nil
}

func noRecover() {
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	defer recover()
	panic("still panicking")
}

func main() {
	m := map[string]int{"a": 1}
	fmt.Println(work(m, "tmp"), m)
	closeAll()
	fmt.Println(panicky())
	noRecover()
	var sb strings.Builder
	func() {
		x := 1
		defer println("deferred println", x)
		x = 2
		defer fmt.Fprintln(&sb, "fprintln", x)
	}()
	fmt.Print(sb.String())
	s := []int{1, 2, 3}
	func() {
		defer copy(s, []int{9, 9})
		defer delete(m, "a")
	}()
	fmt.Println(s, m, len(m))
}
