// Untyped constant arithmetic: huge integer intermediates, exact float
// constants, rune constants and typed constants derived from them.
package main

import (
	"fmt"
	"math"
)

const (
	KiB = 1 << (10 * (iota + 1))
	MiB
	GiB
	TiB
	PiB
	EiB
	ZiB
	YiB
)

const (
	googol     = 1e100
	googolInt  = 1 << 100 >> 98
	shrunk     = YiB / ZiB
	tooBig     = 1 << 200
	backDown   = tooBig >> 190
	exactTenth = 0.1 * 10
	piSquared  = math.Pi * math.Pi
	letterA    = 'A'
	letterZ    = letterA + 25
	digitSpan  = '9' - '0'
	unitLimit  = math.MaxUint32 + 1
)

const ratio float32 = 1.0 / 3.0
const byteMax byte = 1<<8 - 1
const typedRune rune = letterZ + 1

type Size int64

func (s Size) String() string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}
	v := float64(s)
	i := 0
	for v >= KiB && i < len(units)-1 {
		v /= KiB
		i++
	}
	return fmt.Sprintf("%.1f%s", v, units[i])
}

func main() {
	fmt.Println(KiB, MiB, GiB, TiB)
	fmt.Println(shrunk, googolInt, backDown)
	fmt.Println(googol/1e98, exactTenth == 1)
	fmt.Printf("%.6f\n", piSquared)
	fmt.Println(string(rune(letterA)), string(rune(letterZ)), digitSpan, string(typedRune))
	fmt.Println(ratio, byteMax, unitLimit)

	sizes := []Size{512, 3 * KiB / 2, 20 * MiB, 7 * TiB, EiB}
	for _, s := range sizes {
		fmt.Print(s, " ")
	}
	fmt.Println()

	var f64 float64 = YiB
	var f32 float32 = YiB
	fmt.Println(f64 > 1e24, f32 > 1e24)

	const mixed = 7 / 2 * 2.0
	const intDiv = 7 / 2
	fmt.Println(mixed, intDiv)

	x := 10
	var y = x << (tooBig >> 199)
	fmt.Println(y)
	fmt.Println(math.MaxInt64-math.MaxInt64/2, uint64(math.MaxUint64)>>60)
}
