package main

import (
	"fmt"
	"strings"
)

type Flags uint8

const (
	Read Flags = 1 << iota
	Write
	Exec
	Sticky
)

func (f Flags) String() string {
	var parts []string
	names := []string{"r", "w", "x", "t"}
	for i, n := range names {
		if f&(1<<uint(i)) != 0 {
			parts = append(parts, n)
		} else {
			parts = append(parts, "-")
		}
	}
	return strings.Join(parts, "")
}

func hexdump(data []byte) {
	for off := 0; off < len(data); off += 8 {
		end := off + 8
		if end > len(data) {
			end = len(data)
		}
		chunk := data[off:end]
		ascii := make([]byte, len(chunk))
		for i, b := range chunk {
			if b >= 32 && b < 127 {
				ascii[i] = b
			} else {
				ascii[i] = '.'
			}
		}
		fmt.Printf("%04x  % -23x  |%s|\n", off, chunk, ascii)
	}
}

func main() {
	for _, n := range []int{0, 7, 10, 255, 256, 4095, -1, -255} {
		fmt.Printf("%5d: %x %X %#x %#X %o %#o %b\n", n, n, n, n, n, n, n, n)
	}
	fmt.Println()
	for _, b := range []uint8{0, 1, 5, 127, 128, 255} {
		fmt.Printf("%3d = %08b = 0x%02x = %03o\n", b, b, b, b)
	}
	fmt.Println()
	fmt.Printf("%x|%X|% x|%#x|% #x\n", "Go!", "Go!", "Go!", "Go!", "Go!")
	fmt.Printf("%x|%X|% X\n", []byte{1, 171, 205, 255}, []byte{1, 171, 205, 255}, []byte{1, 171})
	fmt.Printf("%8x|%-8x|%08x|%.4x\n", 0xbeef, 0xbeef, 0xbeef, "abcdef")
	fmt.Printf("%x %X\n", uint64(1<<64-1), int64(-1<<63))
	fmt.Printf("%b %o %x\n", uint16(0xA5A5), uint16(0xA5A5), int8(-128))
	fmt.Println()
	for _, f := range []Flags{0, Read, Read | Write, Read | Exec, Read | Write | Exec | Sticky, 0xF0} {
		fmt.Printf("%04b %v %d %s %x\n", uint8(f), f, f, f, uint8(f))
	}
	fmt.Println()
	hexdump([]byte("Hello, gomini!\n\x00\x01\xfe"))
	var sb strings.Builder
	for i := 0; i < 16; i++ {
		sb.WriteString(fmt.Sprintf("%X", i))
	}
	fmt.Println(sb.String(), sb.Len())
}
