// A byte is a number, not a one-character string: a string literal for a
// byte variable, a string argument where strings.IndexByte wants a byte,
// and a string element stored into a byte slice.
package main

import (
	"fmt"
	"strings"
)

func mask(s string) []byte {
	out := []byte(s)
	for i := range out {
		if i > 1 {
			out[i] = "*" // ERROR col=13 "cannot use \"*\" (untyped string constant) as byte value in assignment"
		}
	}
	return out
}

func main() {
	var sep byte = "/" // ERROR col=17 "cannot use \"/\" (untyped string constant) as byte value in variable declaration"
	path := "usr/local/bin"
	i := strings.IndexByte(path, "/") // ERROR col=31 "cannot use \"/\" (untyped string constant) as byte value in argument to strings.IndexByte"
	fmt.Println(sep, i, string(mask("secret")))
}
