// Untyped constant arithmetic beyond 64 bits: the intermediate values do
// not fit any Go integer type, the final ones do.
package main

import (
	"fmt"
	"math"
)

const (
	Huge      = 1 << 100
	HugeShift = Huge >> 98                // 4
	Ratio     = Huge / (1 << 97)          // 8
	Big       = 123456789012345678901234567890
	Rem       = Big % 1000000007
	Mixed     = Huge*3/Huge - 1           // 2
	Third     = 1.0 / 3
	Exact     = Third * 3                 // exactly 1 as an untyped float
	MaxU64    = 1<<64 - 1
	FloatBig  = 1e300 * 1e300 / 1e300     // 1e300, representable as float64
)

const typedSmall int8 = Huge >> 94 // 64

func main() {
	var x uint64 = MaxU64
	var y int = HugeShift + Ratio
	var z int64 = Rem
	fmt.Println(x, y, z, Mixed)
	fmt.Println(Exact == 1, Third)
	fmt.Println(typedSmall, FloatBig)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64))
	var f float32 = Huge // rounds, does not overflow float32
	fmt.Println(f > 0)
	const shifted = (Big << 10) >> 80
	fmt.Println(shifted)
}
