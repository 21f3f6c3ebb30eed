package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return dayNames[d] }

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := ""
	flags := []struct {
		bit Perm
		ch  string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}}
	for _, f := range flags {
		if p&f.bit != 0 {
			s += f.ch
		} else {
			s += "-"
		}
	}
	return s
}

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = iota * iota
	x1
	_
	x3
	skip = "s"
	x5   = iota
)

const Big = 1 << 62
const typed int32 = 7
const greeting = "hi"
const ratio = 2.5

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%d:%v:%t ", d, d, d.Weekend())
	}
	fmt.Println()
	fmt.Println(KB, MB, GB)
	fmt.Printf("%.0f %.0f\n", float64(MB), float64(GB/MB))
	p := Read | Exec
	fmt.Println(p, Read, Write|Exec, Perm(7), Perm(0))
	p |= Write
	p &^= Read
	fmt.Println(p, uint8(p))
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x3, skip, x5)
	fmt.Println(Big/(1<<60), typed*3, greeting+"!", ratio*2)
	fmt.Printf("%T %T %T\n", typed, ratio, Monday)
	const local = 10
	var f float64 = local / 4
	var i int = local / 4
	fmt.Println(f, i, local/4.0)
}
