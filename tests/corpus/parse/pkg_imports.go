// Package clause followed by every import form: single, grouped,
// aliased, dot and blank imports.
package main

import "fmt"

import (
	"os"
	str "strings"
	. "math"
	_ "embed"

	// a comment inside the import group
	sc "strconv" // trailing comment
)

import ()

import m2 "math/bits"

func main() {
	name := str.ToUpper("gomini")
	fmt.Println(name, Sqrt(16), Pi > 3)
	fmt.Fprintln(os.Stderr, sc.Itoa(m2.OnesCount(7)))
}
