// Case values of the wrong type: an error switched against a string
// message, and a string switched against a rune.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("empty")

func classify(err error) string {
	timeout := "timeout"
	switch err {
	case nil:
		return "none"
	case ErrEmpty:
		return "empty"
	case timeout: // ERROR col=7 "invalid case timeout in switch on err (mismatched types string and error)"
		return "slow"
	}
	return "other"
}

func sign(s string) int {
	minus := '-'
	switch strings.TrimSpace(s)[:1] {
	case minus: // ERROR col=7 "invalid case minus in switch on strings.TrimSpace(s)[:1] (mismatched types rune and string)"
		return -1
	}
	return 1
}

func main() {
	fmt.Println(classify(ErrEmpty), sign(" -4"))
}
