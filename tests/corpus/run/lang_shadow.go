package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func parse(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err == nil {
		_ = n
		n = n * 2
		fmt.Println("inner n:", n)
	}
	return n, err
}

func lookup(m map[string]int, key string) (int, error) {
	v, ok := m[key]
	if !ok {
		err := errors.New("missing " + key)
		return 0, err
	}
	if v, ok := m[key+"_override"]; ok {
		return v, nil
	}
	return v, nil
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		{
			x = "assigned-in-inner"
			x := 42
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	fmt.Println(x)

	if x := 3.5; x > 3 {
		fmt.Println("if x:", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("unreachable", y)
	}

	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop x:", x)
	}
	fmt.Println(x)

	n, err := parse("21")
	fmt.Println(n, err)
	n, err = parse("abc")
	fmt.Println(n, err)

	m := map[string]int{"a": 1, "b": 2, "b_override": 20}
	for _, k := range []string{"a", "b", "c"} {
		v, err := lookup(m, k)
		fmt.Println(k, v, err)
	}

	err = nil
	if true {
		_, err := strconv.Atoi("zz")
		_ = err
	}
	fmt.Println("outer err still nil:", err == nil)

	fmt.Println(len("shadow"))
	{
		len := func(s string) int { return -1 }
		fmt.Println(len("shadow"))
	}
	type int32 = string
	var s int32 = "alias shadows builtin type"
	fmt.Println(s)

	a, b := 1, 2
	{
		a, c := 10, 30
		b = a + c
		_ = c
	}
	fmt.Println(a, b)

	fmt.Println(strconv.Itoa(7))
	{
		strconv := "not a package"
		fmt.Println(strconv)
	}
	true := false
	fmt.Println(true, !true)
	nil := 5
	fmt.Println(nil + 1)
}
