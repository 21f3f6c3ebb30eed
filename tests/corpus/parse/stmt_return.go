package main

import (
	"errors"
	"fmt"
)

func nothing() {
	return
}

func one() int {
	return 1
}

func two() (int, error) {
	return 2, nil
}

func named() (x, y int) {
	x, y = 1, 2
	return
}

func namedOverride() (x int, err error) {
	return 5, errors.New("explicit values override named results")
}

func forward() (int, error) {
	return two()
}

func earlyExit(n int) string {
	if n < 0 {
		return "negative"
	}
	for i := 0; ; i++ {
		if i*i >= n {
			return fmt.Sprint("sqrt-ish ", i)
		}
	}
}

func multiLine() (a, b, c string) {
	return "first",
		"second",
		"third"
}

func closure() func() int {
	return func() int {
		return 42
	}
}

func composite() ([]int, map[string]int, struct{ A int }) {
	return []int{1}, map[string]int{"a": 1}, struct{ A int }{1}
}

func main() {
	nothing()
	a, err := two()
	x, y := named()
	z, err2 := namedOverride()
	f, _ := forward()
	fmt.Println(one(), a, err, x, y, z, err2, f, earlyExit(10))
	fmt.Println(multiLine())
	fmt.Println(closure()())
	fmt.Println(composite())
}
