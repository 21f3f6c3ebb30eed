// Positional struct literals with an extra value: an alpha channel for a
// struct with three fields, and a third coordinate. Go 1.19 said "too
// many values in RGB{…}"; current Go says "too many values in struct
// literal of type RGB" (types2 literals.go, compositeLit).
package main

import "fmt"

type RGB struct {
	R, G, B uint8
}

type Vec struct {
	X, Y int
}

func (c RGB) Hex() string {
	return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
}

func main() {
	red := RGB{255, 0, 0, 128} // ERROR col=24 "too many values in struct literal of type RGB"
	moves := []Vec{{1, 0}, Vec{0, 1, 1}} // ERROR col=35 "too many values in struct literal of type Vec"
	fmt.Println(red.Hex(), len(moves))
}
