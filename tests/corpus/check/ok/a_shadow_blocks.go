// Shadowing in nested blocks, if and switch init statements, and
// variables redeclared in inner scopes without touching the outer ones.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var level = "package"

func lookup(key string) (int, error) {
	table := map[string]int{"one": 1, "two": 2, "ten": 10}
	if v, ok := table[key]; ok {
		return v, nil
	}
	if n, err := strconv.Atoi(key); err == nil {
		return n, nil
	} else if errors.Is(err, strconv.ErrSyntax) {
		return 0, fmt.Errorf("lookup %q: not a name or number", key)
	} else {
		return 0, err
	}
}

func main() {
	fmt.Println("level:", level)
	level := "main"
	fmt.Println("level:", level)
	{
		level := "block"
		fmt.Println("level:", level)
		{
			level = level + "-inner"
			fmt.Println("level:", level)
		}
	}
	fmt.Println("level:", level)

	x := 1
	if x := x * 10; x > 5 {
		fmt.Println("if-scoped x:", x)
	} else {
		fmt.Println("never", x)
	}
	fmt.Println("outer x:", x)

	switch x := "str"; x {
	case "str":
		x := len(x)
		fmt.Println("case-scoped x:", x)
	}

	total := 0
	for _, k := range []string{"one", "7", "ten", "oops"} {
		v, err := lookup(k)
		if err != nil {
			err := fmt.Errorf("skipping: %w", err)
			fmt.Println(err)
			continue
		}
		total += v
	}
	fmt.Println("total:", total)

	err := errors.New("outer")
	func() {
		err := errors.New("inner")
		_ = err
	}()
	fmt.Println("err still:", err)

	fmt := "shadowed package name"
	_ = fmt
	println2(len(fmt))
}

func println2(n int) {
	fmt.Println("len of shadowing string:", n)
}
