package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 100, 123456, 1234567, 12345678, 1e20, 1e21, 1e100,
		1e-4, 1e-5, 0.000123456, 1e-300, 5e-324, math.MaxFloat64, -math.SmallestNonzeroFloat64, 6.02214076e23}
	for _, v := range vals {
		fmt.Printf("%-24v|%e|%E|%g|%.3g|%G\n", v, v, v, v, v, v)
	}
	for _, v := range []float64{3.14159265, -2.5, 1e6, 1e-6, 0.1} {
		fmt.Printf("[%f] [%.0f] [%.1f] [%10.4f] [%-10.2f] [%+.3f] [% .2f] [%#.0f]\n", v, v, v, v, v, v, v, v)
	}
	for _, v := range []float64{1e6, 123.456, 0.00001234, 100} {
		fmt.Printf("[%.2e] [%12.4E] [%-12.1e] [%+e] [%#g] [%.10g] [%8.2g]\n", v, v, v, v, v, v, v)
	}
	for _, v := range []float64{0.5, 1.5, 2.5, 3.5, -0.5, 0.125, 0.375, 1.005, 2.675} {
		fmt.Printf("%v -> %.0f %.1f %.2f\n", v, v, v, v)
	}
	var f32 float32 = 1.0 / 3
	fmt.Printf("%v %g %.10f %e\n", f32, f32, f32, f32)
	f32 = 16777217
	fmt.Printf("%v %.1f %g\n", f32, f32, float32(0.1)+float32(0.2))
	fmt.Printf("%v %v %v %.2f %e %g\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1), math.NaN(), math.Inf(-1))
	fmt.Printf("[%8.2f] [%-8v] [%08.2f] [%+v]\n", math.Inf(1), math.NaN(), math.Inf(-1), math.NaN())
	neg := -0.0
	zero := 0.0
	negZero := -zero
	fmt.Printf("%v %v %.2f %e %g\n", neg, negZero, negZero, negZero, negZero)
	fmt.Println(1e6, 1e20, 1e21, 123456789.0, 0.0001, 0.00001, float32(1e21))
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("%g %g %g\n", 1e-7, 12e-7, 100000.0)
	fmt.Printf("%.3e|%.3g|%.3f\n", 9.9995, 9.9995, 9.9995)
	fmt.Printf("%.1f %.1f %.1f %.1f\n", 0.05, 0.15, 0.25, 0.35)
}
