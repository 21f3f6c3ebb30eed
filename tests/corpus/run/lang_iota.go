package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota + 100
	C, D
	E, F = "e", iota * 2
	G, H
)

type Flag uint8

const (
	FlagRead Flag = 1 << iota
	FlagWrite
	FlagExec
	FlagAll = FlagRead | FlagWrite | FlagExec
)

func (f Flag) String() string {
	s := ""
	names := []string{"r", "w", "x"}
	for i, n := range names {
		if f&(1<<uint(i)) != 0 {
			s += n
		} else {
			s += "-"
		}
	}
	return s
}

const (
	x0 = iota * iota
	x1
	x2
	x3 = "skip"
	x4
	x5 = iota - 1
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	case Tuesday:
		return "Tue"
	case Thursday:
		return "Thu"
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Printf("%d %d %d %d\n", Sunday, Monday, Thursday, Saturday)
	fmt.Printf("%T %T\n", Friday, Saturday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F, G, H)
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagAll)
	fmt.Printf("%d %d %d %d\n", FlagRead, FlagWrite, FlagExec, FlagAll)
	fmt.Println(FlagRead|FlagExec, Flag(0))
	fmt.Println(x0, x1, x2, x3, x4, x5)
	var w Weekday = 9
	fmt.Println(w)
	fmt.Printf("%v|%s|%d\n", Thursday, Monday, Tuesday)
	const big = 1 << 100
	fmt.Println(big >> 98)
	const f = 2.5
	var i int = f * 2
	fmt.Println(i)
}
