// Sized integer arithmetic and conversions between int8, uint16, int32,
// int64, uint64, float32 and float64, including wraparound and truncation.
package main

import (
	"fmt"
	"math"
	"strconv"
)

type Sample struct {
	Raw    int16
	Gain   uint8
	Offset int8
}

func (s Sample) Scaled() int32 {
	return int32(s.Raw)*int32(s.Gain) + int32(s.Offset)
}

func clampInt8(v int32) int8 {
	if v > math.MaxInt8 {
		return math.MaxInt8
	}
	if v < math.MinInt8 {
		return math.MinInt8
	}
	return int8(v)
}

func wrapDemo() (int8, uint8, uint16, int16) {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c uint16 = 65535
	c += 2
	var d int16 = -32768
	d = -d
	return a, b, c, d
}

func main() {
	fmt.Println(wrapDemo())

	samples := []Sample{{100, 3, -5}, {-200, 2, 7}, {30000, 4, 0}}
	for _, s := range samples {
		v := s.Scaled()
		fmt.Printf("%6d x%d %+d = %7d clamped %4d\n", s.Raw, s.Gain, s.Offset, v, clampInt8(v))
	}

	var big int64 = 1<<40 + 12345
	fmt.Println(int32(big), uint16(big), uint8(big), int8(big))

	var neg int32 = -1
	fmt.Println(uint32(neg), uint64(uint32(neg)), uint64(neg))

	f := 3.99
	fmt.Println(int(f), int(-f), int64(math.Floor(-f)))

	var f32 float32 = 16777216
	f32++
	fmt.Println(f32 == 16777216, float64(f32))

	x := float32(0.1)
	y := float64(x)
	fmt.Println(y == 0.1, strconv.FormatFloat(y, 'g', -1, 32))

	var acc uint64
	for i := uint64(1); i <= 20; i++ {
		acc = acc*31 + i
	}
	fmt.Println("hash:", acc, "hex:", strconv.FormatUint(acc, 16))

	var mask uint16 = 0xF0F0
	fmt.Println(mask>>4, mask<<4, mask&^0x00FF, ^mask)

	shift := uint(3)
	var small int8 = -17
	fmt.Println(small>>shift, small<<shift, small/4, small%4)

	r := rune('z') - 'a'
	fmt.Println(r, byte('a'+r%26))
}
