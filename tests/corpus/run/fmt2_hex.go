package main

import "fmt"

type ID uint32

func (id ID) String() string { return fmt.Sprintf("ID-%04X", uint32(id)) }

func main() {
	s := "Hi, 世界"
	fmt.Printf("%x\n%X\n% x\n% X\n%#x\n%# x\n", s, s, s, s, s, s)
	b := []byte{0, 1, 0x7f, 0x80, 0xff}
	fmt.Printf("%x %X % x %#x %v %d\n", b, b, b, b, b, b)
	fmt.Printf("[%12x] [%-12x] [%.2x] [%.3x]\n", "abc", "abc", "abcdef", []byte("abcdef"))
	for _, n := range []int{0, 1, -1, 255, -255, 4096, -4096} {
		fmt.Printf("%6d: %x %X %#x %#X %08x %o %#o %b\n", n, n, n, n, n, n, n, n, n)
	}
	var i8 int8 = -128
	var u8 uint8 = 200
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%x %x %x %x\n", i8, u8, i64, u64)
	fmt.Printf("%x %x\n", uint8(i8), uint64(i64))
	fmt.Printf("%x %v %s %d\n", ID(48879), ID(48879), ID(1), ID(255))
	fmt.Printf("%x %x\n", []string{"ab", "cd"}, [2]int{10, 11})
	fmt.Printf("%x|%X|% x\n", "", []byte{}, []byte(nil))
	fmt.Printf("%#b %#o %#x %#X\n", 5, 8, 255, 255)
	fmt.Printf("%b %b %b\n", -5, uint8(5), 1<<10)
	fmt.Printf("%o %#o %3o|%-4o|\n", 64, 64, 7, 7)
	fmt.Printf("%x %X\n", 'é', '世')
	fmt.Printf("%08b %016b\n", byte(0xA5), uint16(0xBEEF))
	checksum := byte(0)
	for i := 0; i < len(s); i++ {
		checksum ^= s[i]
	}
	fmt.Printf("checksum=%02x (%3d) %#02x\n", checksum, checksum, checksum)
	words := []string{"go", "Ω", "\x00\n"}
	for _, w := range words {
		fmt.Printf("%-6q -> %-8x|% X|\n", w, w, w)
	}
	dump := []byte("gomini hex dump!")
	for off := 0; off < len(dump); off += 8 {
		fmt.Printf("%04x  % x  %s\n", off, dump[off:off+8], dump[off:off+8])
	}
}
