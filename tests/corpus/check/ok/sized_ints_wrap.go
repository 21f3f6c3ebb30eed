// Sized integers: wrap-around on overflow at run time, conversions that
// truncate, unsigned arithmetic, bit operations and shifts.
package main

import "fmt"

func checksum(data []byte) uint8 {
	var s uint8
	for _, b := range data {
		s += b // wraps modulo 256
	}
	return s
}

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u16 uint16 = 0
	u16--
	fmt.Println(u16)
	big := int64(1) << 40
	fmt.Println(int32(big), int16(big+300), uint8(big+300))
	fmt.Println(checksum([]byte("hello world")))
	fmt.Printf("%08x\n", fnv32("gomini"))
	fmt.Println(popcount(0xF0F0), popcount(^uint64(0)))
	var r rune = 'é'
	var b byte = byte(r)
	fmt.Println(r, b, uint32(r)>>4, r&^0xF)
	x := uint(5)
	fmt.Println(1<<x, -17>>1, -17/2, -17%5, 0x7fffffff+int64(1))
	var m int32 = -2147483648
	fmt.Println(-m, m/-1)
}
