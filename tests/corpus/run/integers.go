// Sized integers wrap as Go's do; division truncates toward zero; shifts
// past the width give 0; conversions between sizes keep the low bits.
package main

func main() {
	var b uint8 = 250
	b += 10
	var s int8 = 127
	s++
	var u16 uint16 = 0
	u16--
	var i32 int32 = 2147483647
	i32 += 1
	println(b, s, u16, i32)

	println(-7/2, -7%2, 7/-2, 7%-2)
	var big int64 = 9223372036854775807
	big++
	println(big)

	x := 1
	var n uint = 70
	println(x<<3, x<<n, -16>>2, 255&^15, 6^3, 6|3, 6&3)

	k := 300
	println(uint8(k), int8(k), uint16(-1*k), int64(int8(-129+k)))
	var m uint32 = 4000000000
	println(m, int32(m), uint64(m)*2)
}
