// var declarations whose names and values do not match: two typed names
// with a single initializer, and two names for a function returning
// three values.
package main

import (
	"fmt"
	"sort"
)

func stats(xs []float64) (float64, float64, float64) {
	sorted := append([]float64(nil), xs...)
	sort.Float64s(sorted)
	sum := 0.0
	for _, x := range sorted {
		sum += x
	}
	return sorted[0], sorted[len(sorted)-1], sum / float64(len(sorted))
}

func main() {
	readings := []float64{3.5, 1.25, 8, 4.75}
	var lo, hi float64 = 0 // ERROR col=23 "assignment mismatch: 2 variables but 1 value"
	var minimum, mean = stats(readings) // ERROR col=22 "assignment mismatch: 2 variables but stats returns 3 values"
	fmt.Println(lo, hi, minimum, mean)
	fmt.Printf("%d readings\n", len(readings))
}
