// Package variable initialisation that depends on functions and variables
// declared later, plus several init functions that run in source order.
package main

import (
	"fmt"
	"sort"
	"strings"
)

var (
	total    = sum(weights...)
	weights  = parseWeights(rawWeights)
	average  = float64(total) / float64(len(weights))
	report   = describe()
	initLogs []string
)

var rawWeights = "4 8 15 16 23 42"

func parseWeights(s string) []int {
	var out []int
	for _, f := range strings.Fields(s) {
		n := 0
		for _, c := range f {
			n = n*10 + int(c-'0')
		}
		out = append(out, n)
	}
	return out
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func describe() string {
	return fmt.Sprintf("%d weights, total %d, mean %.2f", len(weights), total, average)
}

func init() {
	initLogs = append(initLogs, "first init sees total="+fmt.Sprint(total))
}

var sortedCopy = func() []int {
	c := make([]int, len(weights))
	copy(c, weights)
	sort.Slice(c, func(i, j int) bool { return c[i] > c[j] })
	return c
}()

func init() {
	initLogs = append(initLogs, fmt.Sprintf("second init sees largest=%d", sortedCopy[0]))
	weights = append(weights, 99)
}

func init() {
	initLogs = append(initLogs, fmt.Sprintf("third init sees %d weights", len(weights)))
}

func main() {
	fmt.Println(report)
	for i, l := range initLogs {
		fmt.Printf("%d: %s\n", i+1, l)
	}
	fmt.Println("weights now:", weights, "sum:", sum(weights...))
	fmt.Println("descending:", sortedCopy)
}
