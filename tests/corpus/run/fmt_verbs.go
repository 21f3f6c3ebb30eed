package main

import (
	"fmt"
	"math"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

func main() {
	fmt.Printf("%d %5d %-5d| %05d %+d\n", 42, 42, 42, 42, 42)
	fmt.Printf("%x %X %o %b\n", 255, 255, 8, 5)
	fmt.Printf("%f %.2f %8.3f %-8.1f| %.0f\n", math.Pi, math.Pi, math.Pi, math.Pi, 123456.789)
	fmt.Printf("%v %v %v %v\n", 1.0, 0.000001, 1e21, 2.50)
	fmt.Printf("%s|%10s|%-10s|%.3s\n", "go", "right", "left", "truncate")
	fmt.Printf("%q %q %v\n", "quote\"me", "tab\t", "plain")
	fmt.Printf("%t %t %v\n", true, false, !true)
	fmt.Printf("%c%c%c %d\n", 'G', 'o', '!', '!')
	fmt.Printf("%x %X\n", "hi", "hi")
	fmt.Printf("%v %d %s\n", Green, Blue, Color(7))
	fmt.Printf("%T %T %T %T %T %T\n", 1, 2.0, "s", 'r', true, Red)
	fmt.Printf("%T %T %T %T\n", []int{}, map[string]bool{}, [2]string{}, struct{ A int }{})
	fmt.Printf("%5.1f%%\n", 99.5)
	fmt.Printf("%v %v\n", math.Inf(1), math.Inf(-1))
	fmt.Printf("%d %v\n", math.MaxInt64, -math.MaxInt64-1)
	fmt.Printf("[%6.2f] [%-8v] [%8v]\n", -1.005, "ab", 3.5)
	fmt.Printf("%3c|%-3c|\n", 'x', 'y')
	fmt.Printf("%08.3f %+.1f\n", 3.14159, 2.0)
	fmt.Printf("%x %d\n", -255, uint8(255))
	fmt.Printf("%v %v %v\n", int8(-128), uint16(65535), int64(-1))

	s := fmt.Sprintf("%d-%s-%v", 1, "two", 3.0)
	fmt.Println(s, len(s))
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Print(1, 2, "\n")
	line := fmt.Sprintln("x", 1, true)
	fmt.Print(line)
	fmt.Println(fmt.Sprint("x", 1, 2, "y"), fmt.Sprint(1.5, 2))
	fmt.Println(3.0, 2.5e10, 1e-7, float32(0.1), 100000000.0)
	fmt.Println(uint(7), int32(-7), 'a', "a"[0])
	var ip *int
	var e error
	fmt.Println(ip == nil, e)
	fmt.Printf("%v %d\n", []int{1, 2}, []int{3, 4})
	fmt.Printf("%s %q\n", []string{"a", "b"}, []string{"c", "d"})
	fmt.Printf("%x\n", []byte("AZ"))
	fmt.Printf("%v|%s\n", []byte("hi"), []byte("hi"))
}
