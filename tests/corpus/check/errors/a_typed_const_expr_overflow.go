// Constant expressions built from typed constants must stay within the
// type. The message names the underlying basic type, and current Go
// describes a constant of a named type by its basic type as well
// ("uint8 type Percent").
package main

import "fmt"

type Percent uint8

const (
	maxLevel int8    = 100
	none     uint    = 0
	full     Percent = 100
)

func levels() []int8 {
	return []int8{maxLevel, maxLevel + 50} // ERROR col=26 "maxLevel + 50 (constant 150 of type int8) overflows int8"
}

func main() {
	last := none - 1   // ERROR col=10 "none - 1 (constant -1 of type uint) overflows uint"
	double := full * 3 // ERROR col=12 "full * 3 (constant 300 of uint8 type Percent) overflows uint8"
	half := full / 2
	fmt.Println(levels(), last, double, half)
}
