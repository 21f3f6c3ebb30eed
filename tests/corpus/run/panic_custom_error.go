package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty input")

func parse(s string) (int, error) {
	if s == "" {
		return 0, fmt.Errorf("parse: %w", ErrEmpty)
	}
	return len(s), nil
}

func must(n int, err error) int {
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	fmt.Println(must(parse("abc")))
	fmt.Println(must(parse("")))
}
