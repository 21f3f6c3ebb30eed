// defer ordering, recover turning a panic into an error through a named
// result, and deferred closures that modify results.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func withCleanup(name string) (result string) {
	defer func() { result += " (cleaned)" }()
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", name, i)
	}
	return "done " + name
}

type stack []string

func (s *stack) push(v string) { *s = append(*s, v) }

func mustPositive(n int) int {
	if n < 0 {
		panic(errors.New("negative"))
	}
	return n
}

func tryPositive(n int) (v int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if e, isErr := r.(error); isErr {
				fmt.Println("panic value is an error:", e)
			}
			ok = false
		}
	}()
	return mustPositive(n), true
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(withCleanup("job"))
	var s stack
	func() {
		defer s.push("last")
		s.push("first")
	}()
	fmt.Println(s)
	fmt.Println(tryPositive(5))
	fmt.Println(tryPositive(-1))
}
