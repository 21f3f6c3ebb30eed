// switch case values whose types differ from the switch expression: a
// string variable in a switch on an int, and an int variable in a switch
// on a named type.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func code(n int, name string) string {
	switch n {
	case 200:
		return "ok"
	case name: // ERROR col=7 "invalid case name in switch on n (mismatched types string and int)"
		return "named"
	}
	return "unknown"
}

func paint(c Color) string {
	favorite := 2
	switch c {
	case Red:
		return "red"
	case favorite: // ERROR col=7 "invalid case favorite in switch on c (mismatched types int and Color)"
		return "favorite"
	}
	return "other"
}

func main() {
	fmt.Println(code(200, "x"), paint(Blue), Green)
}
