package main

import (
	"fmt"
	"math"
)

func hash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	var a uint8 = 250
	for i := 0; i < 10; i++ {
		a++
	}
	fmt.Println(a)

	var b int8 = 127
	b++
	fmt.Println(b)
	b = -128
	b--
	fmt.Println(b)

	var c uint16 = 0
	c--
	fmt.Println(c)

	var d int32 = 2147483647
	d += 2
	fmt.Println(d)

	var e int64 = math.MaxInt64
	e++
	fmt.Println(e, e == -math.MaxInt64-1)

	var u uint = 0
	u--
	fmt.Println(u)

	var m uint8 = 200
	fmt.Println(m*2, m+m, m/3, m<<1, m>>1)

	var x int16 = 300
	fmt.Println(int8(x), uint8(x), int16(int8(x)))
	m1 := int8(-1)
	maxU := uint32(4294967295)
	fmt.Println(uint8(m1), int32(maxU))
	neg := -1
	fmt.Println(uint16(neg), uint32(neg))

	fmt.Println(hash("hello"), hash("gomini"), hash(""))

	var acc uint32 = 1
	for i := 0; i < 40; i++ {
		acc *= 3
	}
	fmt.Println(acc)

	var sum int8
	for i := 0; i < 20; i++ {
		sum += 10
	}
	fmt.Println(sum)

	var ff float64 = 3.99
	fmt.Println(int(ff), int(-ff), uint8(int(ff)))
	big := 1 << 40
	fmt.Println(int32(big), int64(big))
	fmt.Printf("%T %T %T\n", a, b, u)
	var r rune = 'a'
	var by byte = 'a'
	fmt.Println(r+1, by+200, byte(r)+by)
	var i64 int64 = -7
	fmt.Println(i64/2, i64%2, i64>>1, uint64(i64)>>60)
}
