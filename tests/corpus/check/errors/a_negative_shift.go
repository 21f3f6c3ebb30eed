// Constant shift counts must not be negative, whether the count is a
// literal, a named untyped constant, or a typed constant, and whatever
// is being shifted.
package main

import "fmt"

const back = -2

const step int = -1

type Flags uint8

func (f Flags) Has(bit uint) bool {
	return f&(1<<bit) != 0
}

func main() {
	var f Flags = 0x0f
	x := 40
	fmt.Println(x << -1)         // ERROR col=19 "invalid operation: negative shift count -1 (untyped int constant)"
	fmt.Println(f >> back)       // ERROR col=19 "invalid operation: negative shift count back (untyped int constant -2)"
	mask := uint32(0xff) << step // ERROR col=26 "invalid operation: negative shift count step (constant -1 of type int)"
	fmt.Println(f.Has(2), mask)
}
