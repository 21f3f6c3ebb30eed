// Array lengths must be non-negative integer constants: a negative
// literal, a variable, and a float literal.
package main

import "fmt"

type Ring struct {
	buf  [-1]int // ERROR col=8 "invalid array length -1 (untyped int constant)"
	head int
}

func window(values []float64, size int) float64 {
	var last [size]float64 // ERROR col=12 "invalid array length size"
	sum := 0.0
	for i, v := range values {
		if i < size {
			sum += v
		}
	}
	_ = last
	return sum / float64(size)
}

func main() {
	var weights [2.5]float64 // ERROR col=15 "array length 2.5 (untyped float constant) must be integer"
	var r Ring
	fmt.Println(window([]float64{1, 2, 3}, 2), weights, r.head)
}
