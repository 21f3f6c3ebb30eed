// const blocks with iota, typed constants with a String method, skipped
// values, bit flags, and constant expressions.
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

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Sticky
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

func (p Perm) String() string {
	s := []byte("---")
	if p&Read != 0 {
		s[0] = 'r'
	}
	if p&Write != 0 {
		s[1] = 'w'
	}
	if p&Exec != 0 {
		s[2] = 'x'
	}
	return string(s)
}

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Println(d, d.Weekend())
	}
	p := Read | Exec
	fmt.Println(p, p|Write, p&^Read, Sticky)
	fmt.Println(KB, MB, GB/MB)
	fmt.Println(a, b, c, d, e, f)
	var w Weekday = Friday + 1
	fmt.Printf("%v %d\n", w, w)
}
