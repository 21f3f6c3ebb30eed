package main

import (
	"fmt"
	"math"
)

type Vec struct{ X, Y float32 }

func (v Vec) Len() float32 {
	return float32(math.Sqrt(float64(v.X*v.X + v.Y*v.Y)))
}

func sum32(n int) float32 {
	var s float32
	for i := 0; i < n; i++ {
		s += 0.1
	}
	return s
}

func sum64(n int) float64 {
	var s float64
	for i := 0; i < n; i++ {
		s += 0.1
	}
	return s
}

func main() {
	fmt.Println(sum32(10), sum64(10))
	fmt.Printf("%.4f %.4f\n", sum32(1000), sum64(1000))
	fmt.Println(sum32(10) == 1, sum64(10) == 1)

	var a32 float32 = 16777216
	fmt.Println(a32+1 == a32, float64(a32)+1 == float64(a32))
	fmt.Printf("%v %v\n", a32+1, a32+2)

	x := float32(1) / 3
	y := 1.0 / 3
	fmt.Println(x, y)
	fmt.Printf("%.10f %.10f\n", x, y)
	fmt.Println(float64(x) == y, x == float32(y))

	v := Vec{3, 4}
	fmt.Println(v.Len(), Vec{1, 1}.Len())
	fmt.Printf("%T %v\n", v.Len(), v)

	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(float64(f32) == f64, f32 == float32(f64))
	fmt.Println(float64(f32))

	mf := float32(math.MaxFloat32)
	fmt.Println(math.MaxFloat32, mf*2, -mf*2)
	fmt.Println(math.SmallestNonzeroFloat32)
	var tiny float32 = 1e-45
	fmt.Println(tiny, tiny/2)

	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z)
	nz := -z
	fmt.Println(nz, 1/nz)
	fmt.Println(0.1+0.2, float32(0.1)+float32(0.2))
	fmt.Println(1e100, float32(1e10), 123456789.0, float32(123456789.0))
	fmt.Println(100000000.0, 1e21, 1e20, 0.000001, 0.0000001)
	fmt.Println(float32(2.5), float32(-0.0), float32(1)/float32(7))
	h := float32(math.Pi)
	fmt.Printf("%v %.4f %g %e\n", h, h, h, h)
	fmt.Println(int32(float32(2147483520)), int64(float32(1e10)))
	c := float32(3.999999)
	fmt.Println(int(c), math.Round(float64(c)), math.Floor(-2.5), math.Round(-2.5))
}
