// Statistics with math: mean, variance, median with sort.Float64s,
// NaN and infinity handling, rounding functions.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Stats struct {
	N              int
	Mean, StdDev   float64
	Min, Max, Median float64
}

func compute(xs []float64) (s Stats) {
	clean := make([]float64, 0, len(xs))
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			continue
		}
		clean = append(clean, x)
	}
	s.N = len(clean)
	if s.N == 0 {
		s.Mean = math.NaN()
		return
	}
	sort.Float64s(clean)
	s.Min, s.Max = clean[0], clean[s.N-1]
	if s.N%2 == 1 {
		s.Median = clean[s.N/2]
	} else {
		s.Median = (clean[s.N/2-1] + clean[s.N/2]) / 2
	}
	sum := 0.0
	for _, x := range clean {
		sum += x
	}
	s.Mean = sum / float64(s.N)
	var sq float64
	for _, x := range clean {
		sq += math.Pow(x-s.Mean, 2)
	}
	s.StdDev = math.Sqrt(sq / float64(s.N))
	return
}

func main() {
	data := []float64{4, 8, 15, 16, 23, 42, math.NaN(), math.Inf(1)}
	s := compute(data)
	fmt.Printf("%+v\n", s)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Abs(-3), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3))
	fmt.Println(math.Hypot(3, 4), math.Log2(1024), math.MaxInt32, math.SmallestNonzeroFloat64 > 0)
	empty := compute(nil)
	fmt.Println(math.IsNaN(empty.Mean))
}
