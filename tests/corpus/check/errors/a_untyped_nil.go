// nil has no type of its own: it cannot initialize a variable whose type
// would come from it, with := or with var, and two untyped nils cannot
// be compared.
package main

import (
	"errors"
	"fmt"
)

type Result struct {
	Value int
	Err   error
}

func compute(n int) Result {
	if n < 0 {
		return Result{Err: errors.New("negative")}
	}
	return Result{Value: n * n}
}

func main() {
	last := nil       // ERROR col=10 "use of untyped nil in assignment"
	var pending = nil // ERROR col=16 "use of untyped nil in variable declaration"
	r := compute(4)
	if nil == nil { // ERROR col=12 "invalid operation: nil == nil (operator == not defined on untyped nil)"
		fmt.Println("always")
	}
	fmt.Println(r.Value, r.Err, last, pending)
}
