// Typed and untyped constants of every kind: rune, string, bool, float,
// and constants of named types used in expressions and switches.
package main

import (
	"fmt"
	"math"
)

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
	Error = Warn + 1
)

type Unit string

const (
	Meter Unit = "m"
	Inch  Unit = "in"
)

const (
	greeting       = "hello"
	initial        = len(greeting) == 5 // len of a constant string is constant
	tab       rune = '\t'
	enabled        = !false
	ratio          = 22.0 / 7
	circle float64 = 2 * math.Pi
	mask           = ^uint32(0) >> 16
)

func convert(v float64, from Unit) float64 {
	switch from {
	case Inch:
		return v * 0.0254
	case Meter:
		return v
	}
	return math.NaN()
}

func main() {
	lv := Info
	lv++
	fmt.Println(lv == Warn, Error, lv < Error)
	fmt.Println(convert(10, Inch), convert(3, Meter), Unit("ft"))
	fmt.Println(len(greeting), initial, tab, enabled, mask)
	fmt.Printf("%.4f %.4f %T %T\n", ratio, circle, ratio, Error)
	var f32 float32 = ratio
	var i16 int16 = 'A' + 1
	fmt.Println(f32, i16, string(rune(i16)))
}
