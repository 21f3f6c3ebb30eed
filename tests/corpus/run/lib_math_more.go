// Floats as bits: math.Float64bits and Float32bits and back, used the
// way programs use them: to look at a float's sign, exponent and
// mantissa, to hash floats, and to step to the next float by hand.
package main

import (
	"fmt"
	"math"
)

type parts struct {
	sign     uint64
	exponent int
	mantissa uint64
}

func split(f float64) parts {
	b := math.Float64bits(f)
	return parts{b >> 63, int(b>>52&0x7ff) - 1023, b & (1<<52 - 1)}
}

func (p parts) String() string {
	return fmt.Sprintf("sign=%d exp=%d mant=%#x", p.sign, p.exponent, p.mantissa)
}

// nextUp is the smallest float above f (for finite positive f).
func nextUp(f float64) float64 {
	return math.Float64frombits(math.Float64bits(f) + 1)
}

// fnv hashes floats by their bits, as a map of floats keyed by bits would.
func fnv(values []float64) uint64 {
	h := uint64(14695981039346656037)
	for _, v := range values {
		b := math.Float64bits(v)
		for i := 0; i < 8; i++ {
			h ^= b >> (8 * i) & 0xff
			h *= 1099511628211
		}
	}
	return h
}

func main() {
	for _, f := range []float64{1, -2.5, 0.1, 1e300, math.Inf(1), negZero()} {
		fmt.Printf("%-8v %016x %v\n", f, math.Float64bits(f), split(f))
	}
	fmt.Println(math.Float64frombits(0x3ff8000000000000), math.Float64frombits(0x8000000000000000))
	fmt.Println(math.IsNaN(math.Float64frombits(0x7ff8000000000001)), math.IsInf(math.Float64frombits(0xfff0000000000000), -1))
	fmt.Println(nextUp(1)-1, nextUp(1) == 1+math.Pow(2, -52))
	fmt.Printf("%#x\n", fnv([]float64{1, 2, 3.5}))

	var f32 float32 = 0.1
	b32 := math.Float32bits(f32)
	fmt.Printf("%08x %v %v\n", b32, math.Float32frombits(b32), math.Float32frombits(b32) == f32)
	fmt.Printf("%08x %08x %v\n", math.Float32bits(-1), math.Float32bits(float32(math.Inf(1))), math.Float32frombits(0x3f800000+1))
	// The float32 nearest 0.1 is not the float64 0.1.
	fmt.Println(float64(math.Float32frombits(b32)) == 0.1, math.Float64bits(float64(f32)))
}

func negZero() float64 {
	return math.Float64frombits(1 << 63)
}
