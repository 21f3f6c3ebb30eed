// A latency histogram: fixed bucket bounds, an ASCII bar chart, quantile
// estimates with sort.Search, and a summary struct printed with %+v.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Histogram struct {
	bounds []float64 // upper bounds, ascending; last bucket is +Inf
	counts []int
	sum    float64
	n      int
	values []float64
}

func NewHistogram(bounds ...float64) *Histogram {
	sort.Float64s(bounds)
	return &Histogram{bounds: bounds, counts: make([]int, len(bounds)+1)}
}

func (h *Histogram) Observe(v float64) {
	i := sort.Search(len(h.bounds), func(i int) bool { return v <= h.bounds[i] })
	h.counts[i]++
	h.sum += v
	h.n++
	h.values = append(h.values, v)
}

func (h *Histogram) Quantile(q float64) float64 {
	if h.n == 0 {
		return math.NaN()
	}
	sorted := append([]float64(nil), h.values...)
	sort.Float64s(sorted)
	idx := int(math.Ceil(q*float64(len(sorted)))) - 1
	if idx < 0 {
		idx = 0
	}
	return sorted[idx]
}

type Summary struct {
	Count         int
	Mean, StdDev  float64
	P50, P90, P99 float64
}

func (h *Histogram) Summary() Summary {
	s := Summary{Count: h.n, P50: h.Quantile(0.5), P90: h.Quantile(0.9), P99: h.Quantile(0.99)}
	if h.n > 0 {
		s.Mean = h.sum / float64(h.n)
		var sq float64
		for _, v := range h.values {
			sq += (v - s.Mean) * (v - s.Mean)
		}
		s.StdDev = math.Sqrt(sq / float64(h.n))
	}
	return s
}

func (h *Histogram) Chart(width int) string {
	most := 0
	for _, c := range h.counts {
		if c > most {
			most = c
		}
	}
	var sb strings.Builder
	lower := math.Inf(-1)
	for i, c := range h.counts {
		upper := math.Inf(1)
		if i < len(h.bounds) {
			upper = h.bounds[i]
		}
		bar := 0
		if most > 0 {
			bar = c * width / most
		}
		fmt.Fprintf(&sb, "(%6.1f, %6.1f] %4d %s\n", lower, upper, c, strings.Repeat("#", bar))
		lower = upper
	}
	return sb.String()
}

func main() {
	h := NewHistogram(50, 10, 25, 100, 250)
	seed := uint32(7)
	for i := 0; i < 400; i++ {
		seed = seed*1664525 + 1013904223
		u := float64(seed>>8) / float64(1<<24)
		latency := 5 + 20*(-math.Log(1-u))
		if i%37 == 0 {
			latency *= 8
		}
		h.Observe(math.Round(latency*10) / 10)
	}
	fmt.Print(h.Chart(40))
	s := h.Summary()
	fmt.Printf("%+v\n", s)
	fmt.Printf("mean=%5.2fms p99/p50=%.2f n=%d\n", s.Mean, s.P99/s.P50, s.Count)
	empty := NewHistogram(1)
	fmt.Println(math.IsNaN(empty.Quantile(0.5)), empty.Summary().Count)
}
