// A misspelled local variable and a call to a function that does not
// exist.
package main

import "fmt"

func average(xs []float64) float64 {
	total := 0.0
	for _, x := range xs {
		total += x
	}
	return totl / float64(len(xs)) // ERROR col=9 "undefined: totl"
}

func main() {
	fmt.Println(average([]float64{1, 2, 3}))
	fmt.Println(median([]float64{1, 2, 3})) // ERROR col=14 "undefined: median"
}
