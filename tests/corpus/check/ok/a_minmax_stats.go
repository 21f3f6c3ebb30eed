// Summary statistics with the min and max builtins over ints, floats and
// strings, alongside math functions and a struct of results.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

type Summary struct {
	N                   int
	Min, Max, Mean, Std float64
	Median              float64
}

var errNoData = errors.New("no data")

func summarize(xs []float64) (Summary, error) {
	if len(xs) == 0 {
		return Summary{}, errNoData
	}
	s := Summary{N: len(xs), Min: math.Inf(1), Max: math.Inf(-1)}
	sum := 0.0
	for _, x := range xs {
		s.Min = min(s.Min, x)
		s.Max = max(s.Max, x)
		sum += x
	}
	s.Mean = sum / float64(len(xs))
	for _, x := range xs {
		d := x - s.Mean
		s.Std += d * d
	}
	s.Std = math.Sqrt(s.Std / float64(len(xs)))
	sorted := append([]float64(nil), xs...)
	sort.Float64s(sorted)
	mid := len(sorted) / 2
	if len(sorted)%2 == 0 {
		s.Median = (sorted[mid-1] + sorted[mid]) / 2
	} else {
		s.Median = sorted[mid]
	}
	return s, nil
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

func main() {
	data := []float64{4.5, 1.25, 9, 7.75, 3, 6.5}
	s, err := summarize(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("n=%d min=%.2f max=%.2f mean=%.3f std=%.3f median=%.3f\n", s.N, s.Min, s.Max, s.Mean, s.Std, s.Median)
	if _, err := summarize(nil); err != nil {
		fmt.Println("empty:", err)
	}

	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1.5), max("apple", "pear", "fig"))
	var a, b int8 = -5, 7
	fmt.Println(min(a, b), max(a, b))
	for _, v := range []int{-10, 5, 50} {
		fmt.Print(clamp(v, 0, 10), " ")
	}
	fmt.Println()

	widths := map[string]int{"id": 2, "name": 4, "email": 5}
	rows := [][]string{{"1", "ann", "a@x.io"}, {"22", "bartholomew", "b@y"}}
	cols := []string{"id", "name", "email"}
	for _, r := range rows {
		for i, c := range r {
			widths[cols[i]] = max(widths[cols[i]], len(c))
		}
	}
	fmt.Println(widths)
	lo, hi := math.MaxInt, math.MinInt
	for _, n := range []int{42, -7, 19, 0} {
		lo, hi = min(lo, n), max(hi, n)
	}
	fmt.Println(lo, hi, math.Max(1, 2), math.Min(-0.5, 0.5))
}
