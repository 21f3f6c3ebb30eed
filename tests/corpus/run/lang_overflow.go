package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = math.MaxInt8
	i8++
	fmt.Println("int8 max+1:", i8)
	i8 = math.MinInt8
	i8--
	fmt.Println("int8 min-1:", i8)
	var i8b int8 = -128
	fmt.Println("-(-128):", -i8b, "*-1:", i8b*-1, "/-1:", i8b/-1)

	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 0-1:", u8)
	u8 = 250
	u8 += 10
	fmt.Println("uint8 250+10:", u8)

	var i16 int16 = math.MaxInt16
	i16 += 2
	fmt.Println("int16:", i16)
	var u16 uint16 = 300
	u16 *= 300
	fmt.Println("uint16 300*300:", u16)

	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println("int32:", i32)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println("uint32 2^31*2:", u32)
	u32 = 0xFFFFFFFF
	u32 += 5
	fmt.Println("uint32 wrap:", u32)

	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("int64:", i64)
	var m64 int64 = math.MinInt64
	fmt.Println("minint64/-1:", m64/-1, "%-1:", m64%-1)
	var u64 uint64 = math.MaxUint64
	u64++
	fmt.Println("uint64:", u64)

	var n int = math.MaxInt64
	n += 1
	fmt.Println("int:", n == math.MinInt64)
	var u uint = 3
	var v uint = 5
	fmt.Println("uint 3-5:", u-v)

	// conversions truncate
	big := 0x12345678
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	b200, w40k, d3g := uint8(200), uint16(40000), uint32(3000000000)
	fmt.Println(int8(b200), int16(w40k), int32(d3g))

	// multiplication overflow in hashing style
	var h uint32 = 2166136261
	for _, c := range []byte("gomini") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv32:", h)
	var h64 uint64 = 14695981039346656037
	for _, c := range []byte("gomini") {
		h64 ^= uint64(c)
		h64 *= 1099511628211
	}
	fmt.Println("fnv64:", h64)

	fact := int32(1)
	for i := int32(1); i <= 15; i++ {
		fact *= i
	}
	fmt.Println("15! int32:", fact)
	fmt.Println("div trunc:", -7/2, -7%2, 7/-2, 7%-2)
	pos, negf := 2.9, -2.9
	fmt.Println("float->int:", int(pos), int(negf), int64(float64(1<<53)+1))
}
