package main

import "fmt"

func bits(x uint64, n int) string {
	s := make([]byte, n)
	for i := 0; i < n; i++ {
		if x&(1<<uint(n-1-i)) != 0 {
			s[i] = '1'
		} else {
			s[i] = '0'
		}
	}
	return string(s)
}

func rotl8(x uint8, k uint) uint8 {
	k %= 8
	return x<<k | x>>(8-k)
}

func main() {
	var u8 uint8 = 0xB4
	for _, k := range []uint{0, 1, 3, 7, 8, 9} {
		fmt.Printf("u8<<%d=%08b u8>>%d=%08b\n", k, u8<<k, k, u8>>k)
	}
	var i8 int8 = -100
	for _, k := range []uint{1, 2, 7, 8, 10} {
		fmt.Printf("i8>>%d=%d i8<<%d=%d\n", k, i8>>k, k, i8<<k)
	}
	var i64 int64 = -1
	fmt.Println(i64>>63, i64<<63, uint64(i64)>>60)
	var sh uint = 70
	fmt.Println(uint32(1)<<sh, int32(-8)>>sh, 1<<(sh-10))
	fmt.Println(bits(0xA5, 8), bits(uint64(rotl8(0xA5, 3)), 8))
	fmt.Println(rotl8(1, 7), rotl8(0x81, 1), rotl8(0x0F, 12))

	x := uint16(0xF00F)
	fmt.Printf("%04x %04x %04x %04x\n", x&^0x0F00, x^0xFFFF, ^x, x|0x0FF0)
	var n int = 5
	fmt.Println(^n, -n^n, n&-n, 12&-12, 40&-40)

	masks := []uint32{}
	for i := 0; i < 32; i += 5 {
		masks = append(masks, 1<<i-1)
	}
	fmt.Println(masks)

	popcount := func(v uint64) int {
		c := 0
		for v != 0 {
			v &= v - 1
			c++
		}
		return c
	}
	fmt.Println(popcount(0), popcount(0xFF), popcount(^uint64(0)), popcount(0x8000000000000001))

	var signed int = -17
	fmt.Println(signed>>1, signed/2, signed%4, signed&3)
	const c = 1 << 10 >> 3
	fmt.Println(c, 1<<3<<2, 256>>2>>1)
	var s2 int = 2
	fmt.Println(1<<s2+1, (1<<s2)+1, 1<<(s2+1))
	var b byte = 200
	fmt.Println(b<<1, int(b)<<1, b>>1<<1)
}
