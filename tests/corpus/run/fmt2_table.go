package main

import (
	"fmt"
	"sort"
	"strings"
)

type Row struct {
	Region string
	Q      [4]float64
}

func (r Row) Total() float64 {
	t := 0.0
	for _, v := range r.Q {
		t += v
	}
	return t
}

func bar(v, top float64, width int) string {
	n := int(v / top * float64(width))
	return strings.Repeat("#", n) + strings.Repeat(".", width-n)
}

func main() {
	rows := []Row{
		{"North", [4]float64{1200.5, 1350, 980.25, 1500}},
		{"South", [4]float64{800, 950.75, 1100, 1025.5}},
		{"East", [4]float64{1500, 1425, 1610.4, 1720}},
		{"West", [4]float64{640.1, 700, 655.55, 910}},
		{"Central", [4]float64{0, 120, 3400, 80}},
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Total() > rows[j].Total() })
	header := fmt.Sprintf("%-8s|%9s|%9s|%9s|%9s|%10s|%6s", "Region", "Q1", "Q2", "Q3", "Q4", "Total", "Share")
	fmt.Println(header)
	fmt.Println(strings.Repeat("=", len(header)))
	var colTotals [4]float64
	grand := 0.0
	for _, r := range rows {
		grand += r.Total()
		for i, v := range r.Q {
			colTotals[i] += v
		}
	}
	for _, r := range rows {
		fmt.Printf("%-8s|", r.Region)
		for _, v := range r.Q {
			fmt.Printf("%9.2f|", v)
		}
		fmt.Printf("%10.2f|%5.1f%%\n", r.Total(), r.Total()/grand*100)
	}
	fmt.Println(strings.Repeat("-", len(header)))
	fmt.Printf("%-8s|", "TOTAL")
	for _, v := range colTotals {
		fmt.Printf("%9.2f|", v)
	}
	fmt.Printf("%10.2f|%5.1f%%\n\n", grand, 100.0)

	maxTotal := 0.0
	for _, r := range rows {
		if r.Total() > maxTotal {
			maxTotal = r.Total()
		}
	}
	for _, r := range rows {
		fmt.Printf("%8s %s %8.1f\n", r.Region, bar(r.Total(), maxTotal, 30), r.Total())
	}
	fmt.Println()
	fmt.Printf("%-10s%10s%10s\n", "quarter", "best", "worst")
	for q := 0; q < 4; q++ {
		best, worst := rows[0], rows[0]
		for _, r := range rows[1:] {
			if r.Q[q] > best.Q[q] {
				best = r
			}
			if r.Q[q] < worst.Q[q] {
				worst = r
			}
		}
		fmt.Printf("%-10s%10s%10s\n", fmt.Sprintf("Q%d", q+1), best.Region, worst.Region)
	}
}
