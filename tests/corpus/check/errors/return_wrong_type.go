// return statements with values of the wrong type. err has the named
// interface type error, which current Go describes as "interface type error".
package main

import (
	"errors"
	"fmt"
)

func find(xs []int, v int) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return "none" // ERROR col=9 "cannot use \"none\" (untyped string constant) as int value in return statement"
}

func describe(err error) string {
	if err == nil {
		return "ok"
	}
	return err // ERROR col=9 "cannot use err (variable of interface type error) as string value in return statement"
}

func main() {
	fmt.Println(find([]int{1, 2}, 2), describe(errors.New("x")))
}
