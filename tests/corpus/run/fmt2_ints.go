package main

import (
	"fmt"
	"math"
)

type Perm uint16

func (p Perm) String() string {
	const rwx = "rwxrwxrwx"
	b := []byte("---------")
	for i := 0; i < 9; i++ {
		if p&(1<<uint(8-i)) != 0 {
			b[i] = rwx[i]
		}
	}
	return string(b)
}

func main() {
	nums := []int64{0, 7, -7, 255, -256, 65535, math.MaxInt64, math.MinInt64}
	for _, n := range nums {
		fmt.Printf("%21d|%-21d|%+d|% d\n", n, n, n, n)
	}
	for _, n := range []int{5, -5, 1023} {
		fmt.Printf("b=%b o=%o #o=%#o x=%x #x=%#x X=%X #X=%#X c=%c q=%q U=%U\n", n, n, n, n, n, n, n, n+60, n+60, n+60)
	}
	fmt.Printf("[%08d] [%-8d] [%+08d] [% 8d] [%x] [%8.4x]\n", -42, -42, 42, 42, -42, 42)
	fmt.Printf("[%#08x] [%#-8x] [%# x] [%#o] [%#b]\n", 42, 42, 42, 0, 0)
	for _, p := range []Perm{0755, 0644, 0600, 0777, 0} {
		fmt.Printf("%04o %v %d %s\n", uint16(p), p, p, p)
	}
	var u8 uint8 = 255
	var i8 int8 = -128
	var u16 uint16 = 65535
	var i32 int32 = math.MinInt32
	var u32 uint32 = math.MaxUint32
	var u64 uint64 = math.MaxUint64
	fmt.Println(u8, i8, u16, i32, u32, u64)
	fmt.Printf("%d %d %d %d %d %d\n", u8, i8, u16, i32, u32, u64)
	fmt.Printf("%x %x %x %x %x %x\n", u8, i8, u16, i32, u32, u64)
	fmt.Printf("%b\n%o\n", u64, u64)
	fmt.Printf("%v %v\n", []uint8{1, 2}, []int8{-1, -2})
	fmt.Printf("%c%c%c %U\n", 71, 111, 0x1F44B, 0x1F44B)
	fmt.Printf("%5.3d|%-5.3d|%05.3d\n", 7, -7, 7)
	sizes := []int64{0, 999, 1000, 1536, 1048576, 5368709120, 1 << 50}
	units := []string{"B", "KiB", "MiB", "GiB", "TiB", "PiB"}
	for _, s := range sizes {
		v := float64(s)
		u := 0
		for v >= 1024 && u < len(units)-1 {
			v /= 1024
			u++
		}
		fmt.Printf("%16d = %7.2f %s\n", s, v, units[u])
	}
	thousands := func(n int64) string {
		s := fmt.Sprint(n)
		neg := n < 0
		if neg {
			s = s[1:]
		}
		out := ""
		for i, c := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				out += ","
			}
			out += string(c)
		}
		if neg {
			out = "-" + out
		}
		return out
	}
	for _, n := range []int64{0, 12, 123, 1234, 1234567, -9876543210, math.MaxInt64} {
		fmt.Printf("%26s\n", thousands(n))
	}
}
