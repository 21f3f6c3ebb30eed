// A type switch whose variable is never used, next to an ordinary unused
// variable: the first is "err declared and not used" (types2 stmt.go,
// typeSwitchStmt), the second "declared and not used: code".
package main

import (
	"errors"
	"fmt"
	"os"
)

type NotFound struct{ Path string }

func (e *NotFound) Error() string { return e.Path + ": not found" }

func exitCode(err error) int {
	code := 1 // ERROR col=2 "declared and not used: code"
	switch err := err.(type) { // ERROR col=9 "err declared and not used"
	case nil:
		return 0
	case *NotFound:
		return 2
	}
	return 1
}

func main() {
	err := errors.New("boom")
	fmt.Println(exitCode(err), exitCode(&NotFound{"/tmp/x"}))
	if exitCode(nil) != 0 {
		os.Exit(1)
	}
}
