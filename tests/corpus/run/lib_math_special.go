package main

import (
	"fmt"
	"math"
	"sort"
)

func classify(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "+inf"
	case math.IsInf(f, -1):
		return "-inf"
	case f == 0:
		return "zero"
	}
	return "finite"
}

func safeDiv(a, b float64) (float64, error) {
	r := a / b
	if math.IsNaN(r) || math.IsInf(r, 0) {
		return 0, fmt.Errorf("%g / %g is %s", a, b, classify(r))
	}
	return r, nil
}

func main() {
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	zero := 0.0
	fmt.Println(inf, ninf, nan, -zero, 1/(-zero))
	fmt.Println(inf+1, inf-inf, inf*0, ninf*-1, inf/inf, 1/inf)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, inf > math.MaxFloat64, ninf < -math.MaxFloat64)
	fmt.Println(math.IsInf(inf, 0), math.IsInf(ninf, 0), math.IsInf(inf, -1), math.IsInf(1e308, 0), math.IsNaN(nan), math.IsNaN(inf))
	maxf, tiny := math.MaxFloat64, math.SmallestNonzeroFloat64
	for _, v := range []float64{1, 0, -zero, inf, ninf, nan, maxf * 2, tiny / 2} {
		fmt.Print(classify(v), " ")
	}
	fmt.Println()

	for _, p := range [][2]float64{{1, 2}, {1, 0}, {-1, 0}, {0, 0}, {inf, inf}, {5, inf}} {
		r, err := safeDiv(p[0], p[1])
		fmt.Println(r, err)
	}
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1), math.Exp(1000), math.Exp(-1000))
	fmt.Println(math.Pow(0, -1), math.Pow(-2, 0.5), math.Pow(inf, 0), math.Pow(1, inf), math.Pow(2, ninf))
	fmt.Println(math.Max(nan, 1), math.Min(1, nan), math.Max(inf, 1), math.Min(ninf, 1), math.Abs(ninf))
	fmt.Println(math.Floor(inf), math.Ceil(ninf), math.Trunc(nan), math.Round(-inf), math.Mod(inf, 2), math.Mod(2, inf), math.Mod(2, 0))
	fmt.Println(math.Hypot(inf, nan), math.Sqrt(inf), math.Cbrt(ninf), math.Atan(inf), math.Sin(inf))

	data := []float64{3, nan, 1, inf, -2, ninf, 0}
	sort.Float64s(data)
	fmt.Println(data)

	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[1] = 3
	_, found := m[nan]
	fmt.Println(len(m), found)

	var f32 float32 = float32(math.MaxFloat32)
	f32 *= 10
	fmt.Println(f32, math.IsInf(float64(f32), 1))
	big := 1e308
	fmt.Println(big*10, -big*10, big*10-big*10)
	fmt.Printf("%v %.2f %e %g %8.3f|\n", inf, ninf, nan, inf, nan)
	fmt.Printf("%+v %+.1f %5v|%-6v|\n", inf, 2.0, ninf, nan)
	sum := 0.0
	for _, v := range []float64{1, 2, nan, 4} {
		if math.IsNaN(v) {
			continue
		}
		sum += v
	}
	fmt.Println("sum without nan:", sum)
}
