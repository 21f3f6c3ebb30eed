package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

func (p Point) Dist(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }

func polygonArea(pts []Point) float64 {
	a := 0.0
	for i := range pts {
		j := (i + 1) % len(pts)
		a += pts[i].X*pts[j].Y - pts[j].X*pts[i].Y
	}
	return math.Abs(a) / 2
}

func main() {
	fmt.Printf("%.6f %.6f %.6f\n", math.Sqrt(2), math.Cbrt(27), math.Cbrt(-8))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Pow(2, 10), math.Pow(2, -2), math.Pow(9, 0.5), math.Pow(-8, 1.0/3))
	fmt.Println(math.Pow(0, 0), math.Pow(2, 0.5) == math.Sqrt2, math.Pow(10, 3))
	fmt.Printf("%.6f %.6f %.6f\n", math.Exp(1), math.Log(math.E), math.Log(100)/math.Log(10))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan(1)*4)
	fmt.Printf("%.3e %.3e\n", math.Sin(math.Pi), math.Cos(math.Pi/2))

	vals := []float64{2.5, -2.5, 2.4999, -0.5, 0.5, 1.5, 3.7, -3.7}
	for _, v := range vals {
		fmt.Printf("%6.4g floor=%g ceil=%g trunc=%g round=%g\n", v, math.Floor(v), math.Ceil(v), math.Trunc(v), math.Round(v))
	}
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Mod(1, 0.3))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(-0.0, 0), math.Min(-1, -2))
	fmt.Println(math.Abs(-3.2), math.Abs(0), math.Hypot(3, 4), math.Hypot(5, 12))

	tri := []Point{{0, 0}, {4, 0}, {4, 3}}
	fmt.Println(tri[0].Dist(tri[2]), polygonArea(tri))
	square := []Point{{0, 0}, {2, 0}, {2, 2}, {0, 2}}
	fmt.Println(polygonArea(square))

	compound := func(p, r float64, years int) float64 {
		return p * math.Pow(1+r/12, float64(12*years))
	}
	fmt.Printf("%.2f %.2f\n", compound(1000, 0.05, 10), compound(500, 0.0, 3))

	mean, sq := 0.0, 0.0
	data := []float64{2, 4, 4, 4, 5, 5, 7, 9}
	for _, d := range data {
		mean += d
	}
	mean /= float64(len(data))
	for _, d := range data {
		sq += (d - mean) * (d - mean)
	}
	fmt.Println("mean", mean, "stddev", math.Sqrt(sq/float64(len(data))))

	roundTo := func(v float64, places int) float64 {
		p := math.Pow(10, float64(places))
		return math.Round(v*p) / p
	}
	fmt.Println(roundTo(3.14159, 2), roundTo(2.675, 2), roundTo(-1.005, 1), roundTo(1234.5678, -2))
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint16, math.MaxInt8)
	fmt.Printf("%.10f %.10f %.10f\n", math.Pi, math.E, math.Sqrt2)
	fmt.Println(math.Floor(-0.5), math.Ceil(-0.5), math.Trunc(-0.9))
}
