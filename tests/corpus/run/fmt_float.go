package main

import (
	"fmt"
	"math"
	"strconv"
)

type Meters float64

func main() {
	values := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 123456.789, 1e-7, 6.02214076e23, -0.000123, 1e21, 1e20}
	fmt.Printf("%-14s %-14s %-14s %-14s %s\n", "%v", "%g", "%e", "%.3f", "%8.3g")
	for _, v := range values {
		fmt.Printf("%-14v %-14g %-14e %-14.3f %8.3g\n", v, v, v, v, v)
	}
	fmt.Println()
	negZero := 0.0
	negZero = -negZero
	specials := []float64{math.Inf(1), math.Inf(-1), math.NaN(), negZero}
	for _, s := range specials {
		fmt.Printf("[%v] [%f] [%8.2f] [%-8e] [%+g] [%08.3f]\n", s, s, s, s, s, s)
	}
	fmt.Println()
	fmt.Printf("%.0e %.2e %E %.3E\n", 12345.678, 12345.678, 12345.678, 0.00098765)
	fmt.Printf("%g %g %g %g %g\n", 1e5, 1e6, 1e-4, 1e-5, 123456789.0)
	fmt.Printf("%.2g %.4g %.10g %#g %#.3g\n", 123.456, 123.456, 123.456, 1.0, 2.0)
	fmt.Printf("%+.1f % .1f %+.1e\n", 3.0, 3.0, -3.0)
	fmt.Printf("%6.2f|%-8.2f|%08.2f|%+08.2f\n", math.Pi, math.E, -math.Pi, math.Sqrt2)
	fmt.Println()
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1), float64(float32(0.1)))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(1677.5))
	fmt.Println(1e100, 1.5e-300*1e-10, 3.0, 2.5e0, 100.0/3.0)
	var f32 float32 = 1.1
	fmt.Printf("%v %g %.10f %T\n", f32, f32, f32, f32)
	fmt.Println(Meters(12.5), Meters(3))
	fmt.Printf("%v %.1f %T\n", Meters(0.25), Meters(9.99), Meters(1))
	fmt.Println()
	for _, v := range []float64{2.5, 3.5, -2.5, 2.675, 1.005, 0.125} {
		fmt.Printf("%v: round=%v floor=%v ceil=%v trunc=%v %%.2f=%.2f %%.0f=%.0f\n",
			v, math.Round(v), math.Floor(v), math.Ceil(v), math.Trunc(v), v, v)
	}
	for _, fm := range []byte{'f', 'e', 'g', 'E', 'G'} {
		fmt.Print(strconv.FormatFloat(1234.5678, fm, 2, 64), " ", strconv.FormatFloat(1234.5678, fm, -1, 64), " | ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatFloat(0.000001, 'g', -1, 64), strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(1.5, 'f', 0, 32))
	fmt.Println(math.Mod(7.5, 2), math.Mod(-7.5, 2), math.Hypot(3, 4), math.Cbrt(27), math.Pow(2, 0.5), math.Exp(1), math.Log(math.E))
}
