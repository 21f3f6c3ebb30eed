package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("x")
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax), strconv.ErrSyntax)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne))
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
}
