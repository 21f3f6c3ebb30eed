package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Meters int

const untypedInt = 7
const typedInt int32 = 7
const untypedFloat = 7.0
const huge = 1 << 62
const ratio = 1.0 / 3

func describe(v interface{}) string {
	return fmt.Sprintf("%T(%v)", v, v)
}

func main() {
	var c Celsius = untypedInt
	var m Meters = untypedInt
	var f float32 = untypedInt
	fmt.Println(describe(c), describe(m), describe(f))

	fmt.Println(describe(untypedInt), describe(untypedFloat), describe(typedInt))
	fmt.Println(describe('a'), describe("s"), describe(true))
	fmt.Println(describe(untypedInt/2), describe(untypedFloat/2))
	fmt.Println(describe(untypedInt / 2.0))
	fmt.Println(describe(ratio))
	var r32 float32 = ratio
	fmt.Println(r32, float64(r32) == ratio)
	fmt.Println(describe(huge))
	fmt.Println(huge/(1<<60), huge%1000)

	const mixed = 'a' + 1
	fmt.Println(describe(mixed), string(rune(mixed)))
	const fl = 'a' * 1.5
	fmt.Println(describe(fl))

	x := 10
	y := x / 4 * 4.0
	fmt.Println(describe(y))
	z := 10 / 4 * 4.0
	fmt.Println(describe(z))
	w := 10 / 4.0 * 4
	fmt.Println(describe(w))

	fmt.Println(describe(math.MaxInt8), describe(math.Pi))
	var u8 uint8 = math.MaxUint8
	var i16 int16 = math.MinInt16
	fmt.Println(u8, i16)

	const shift = 3
	var s uint = 3
	fmt.Println(1<<shift, 1<<s, describe(1<<shift))
	var ff float64 = 1 << shift
	fmt.Println(ff)

	type Kelvin float64
	k := Kelvin(c) + 273.15
	fmt.Printf("%.2f %T\n", k, k)
	fmt.Println(Celsius(36.6) > 36, m*3, Meters(10)/3)
	fmt.Println(describe(len("héllo")))
	fmt.Printf("%v %.3f\n", float32(0.1), float64(float32(0.1)))
}
