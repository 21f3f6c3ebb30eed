package main

import "fmt"

func add(a, b int) int {
	return a + b
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func average(xs []float64) float64 {
	total := 0.0
	for _, x := range xs {
		total += x
	}
	return total / float64(len(xs))
}

func main() {
	fmt.Println(add(2, 3))
	fmt.Println(7/2, 7%2, -7/2, -7%2)
	q, r := divmod(17, 5)
	fmt.Println("q =", q, "r =", r)
	fmt.Println(1.5+2.25, 10.0/4.0)
	fmt.Println(average([]float64{1, 2, 3, 4}))
	x := 10
	x += 5
	x -= 3
	x *= 2
	x /= 4
	fmt.Println(x)
	x++
	x--
	x--
	fmt.Println(x)
	fmt.Println(1<<10, 0xff, 0o17, 0b101)
	fmt.Println(6&3, 6|3, 6^3, 6&^3)
	fmt.Println(100>>2, -8>>1)
	var f float64 = 3
	var i int = int(f * 2.5)
	fmt.Println(i, f)
	fmt.Println(float64(7)/2, 7/2.0)
	fmt.Println(3 > 2, 3 == 2, 2 <= 2, 1 != 1)
	big := 1
	for k := 0; k < 20; k++ {
		big *= 3
	}
	fmt.Println(big)
	pa, pb := 0.1, 0.2
	fmt.Println(pa+pb, pa*3)
	fmt.Println(1e6, 1e21, 2.5e-3)
	fmt.Println(float64(1) / 3)
}
