package main

import (
	"fmt"
	"sort"
	"strings"
)

type Bucket struct {
	Lo, Hi float64
	Count  int
}

func histogram(data []float64, n int) []Bucket {
	lo, hi := data[0], data[0]
	for _, d := range data {
		if d < lo {
			lo = d
		}
		if d > hi {
			hi = d
		}
	}
	width := (hi - lo) / float64(n)
	bs := make([]Bucket, n)
	for i := range bs {
		bs[i].Lo = lo + float64(i)*width
		bs[i].Hi = bs[i].Lo + width
	}
	for _, d := range data {
		i := int((d - lo) / width)
		if i >= n {
			i = n - 1
		}
		bs[i].Count++
	}
	return bs
}

func main() {
	var data []float64
	seed := uint32(12345)
	for i := 0; i < 200; i++ {
		sum := 0.0
		for k := 0; k < 4; k++ {
			seed = seed*1664525 + 1013904223
			sum += float64(seed>>8) / float64(1<<24)
		}
		data = append(data, sum*25)
	}
	bs := histogram(data, 10)
	maxC := 0
	for _, b := range bs {
		if b.Count > maxC {
			maxC = b.Count
		}
	}
	for _, b := range bs {
		barLen := b.Count * 40 / maxC
		fmt.Printf("[%6.2f, %6.2f) %3d |%-40s|\n", b.Lo, b.Hi, b.Count, strings.Repeat("█", barLen))
	}
	sorted := append([]float64(nil), data...)
	sort.Float64s(sorted)
	pct := func(p float64) float64 { return sorted[int(p*float64(len(sorted)-1))] }
	mean := 0.0
	for _, d := range data {
		mean += d
	}
	mean /= float64(len(data))
	fmt.Printf("n=%d min=%.3f p25=%.3f median=%.3f p75=%.3f max=%.3f mean=%.3f\n",
		len(data), sorted[0], pct(0.25), pct(0.5), pct(0.75), sorted[len(sorted)-1], mean)
	fmt.Printf("%-8s|%8s|%8s\n", "decile", "value", "bar")
	for d := 1; d <= 9; d++ {
		v := pct(float64(d) / 10)
		fmt.Printf("%-8s|%8.2f|%-*s|\n", fmt.Sprintf("p%d0", d), v, 20, strings.Repeat("=", int(v/5)))
	}
	fmt.Printf("seed=%d %#x %o\n", seed, seed, seed)
}
