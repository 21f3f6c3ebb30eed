// iota with skipped values, expressions, bit flags and typed enums with
// String methods backed by arrays and maps.
package main

import (
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
	numDays = iota
)

var dayNames = [numDays]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return dayNames[d%numDays] }
func (d Weekday) Weekend() bool  { return d == Saturday || d == Sunday }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Sticky
	All = Read | Write | Exec
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, f := range []struct {
		bit  Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}, {Sticky, "t"}} {
		if p&f.bit != 0 {
			parts = append(parts, f.name)
		}
	}
	return strings.Join(parts, "")
}

type Level int

const (
	_ Level = iota * 10
	Debug
	Info
	_
	Error
	Fatal = Error + 5
)

var levelNames = map[Level]string{Debug: "DEBUG", Info: "INFO", Error: "ERROR", Fatal: "FATAL"}

func (l Level) String() string {
	if s, ok := levelNames[l]; ok {
		return s
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

const (
	a, b = iota, iota * 100
	c, d
	e, f
)

func main() {
	for d := Sunday; d < numDays; d++ {
		fmt.Printf("%v:%t ", d, d.Weekend())
	}
	fmt.Println()
	fmt.Println(Weekday(9), numDays)

	fmt.Println(Read, Write, Exec, Sticky, All, Perm(0), All|Sticky)
	var p Perm = Read | Exec
	p &^= Exec
	p |= Write
	fmt.Println(p, uint8(p), Sticky)

	for _, l := range []Level{Debug, Info, 30, Error, Fatal} {
		fmt.Print(l, "=", int(l), " ")
	}
	fmt.Println()
	fmt.Println(a, b, c, d, e, f)
}
