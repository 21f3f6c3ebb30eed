// Named types over basic types with methods and conversions between them:
// temperatures, distances and a Stringer on each.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64
type Meters float64
type Feet float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
	feetPerMeter          = 3.28084
)

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) ToK() Kelvin     { return Kelvin(c - AbsoluteZeroC) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (k Kelvin) ToC() Celsius     { return Celsius(k) + AbsoluteZeroC }

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }

func (m Meters) ToFeet() Feet   { return Feet(m * feetPerMeter) }
func (f Feet) ToMeters() Meters { return Meters(f / feetPerMeter) }
func (m Meters) Round() Meters  { return Meters(math.Round(float64(m)*100) / 100) }

type Readings []Celsius

func (r Readings) Mean() Celsius {
	if len(r) == 0 {
		return 0
	}
	var sum Celsius
	for _, c := range r {
		sum += c
	}
	return sum / Celsius(len(r))
}

func (r Readings) Sorted() Readings {
	out := append(Readings(nil), r...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func main() {
	for _, c := range []Celsius{AbsoluteZeroC, FreezingC, 37, BoilingC} {
		fmt.Println(c, "=", c.ToF(), "=", c.ToK())
	}
	f := Fahrenheit(98.6)
	fmt.Println(f, "->", f.ToC())
	fmt.Println(Kelvin(300).ToC())

	r := Readings{21.5, 19, 23.25, 18.5, 22}
	fmt.Println("mean:", r.Mean(), "sorted:", r.Sorted())
	fmt.Println("original first:", r[0])

	everest := Meters(8848.86)
	fmt.Printf("%.0f ft\n", float64(everest.ToFeet()))
	back := everest.ToFeet().ToMeters().Round()
	fmt.Println(back == everest, float64(back))

	var raw float64 = 12.5
	c := Celsius(raw)
	c++
	fmt.Println(c, float64(c)/2)
}
