package main

import (
	"fmt"
	"strings"
)

type Row struct {
	Region  string
	Product string
	Units   int
	Revenue float64
	Growth  float64
}

func line(widths []int, sep string) string {
	parts := make([]string, len(widths))
	for i, w := range widths {
		parts[i] = strings.Repeat("-", w)
	}
	return sep + strings.Join(parts, sep) + sep
}

func main() {
	rows := []Row{
		{"North", "Widgets", 1200, 15432.5, 0.125},
		{"South", "Gadgets", 87, 999.99, -0.03},
		{"East", "Thingamajigs", 45210, 1234567.891, 1.5},
		{"West", "Gizmos", 0, 0, 0},
		{"Central", "Doodads", 3, 7.005, -0.5},
	}
	widths := []int{10, 14, 8, 14, 9}
	fmt.Println(line(widths, "+"))
	fmt.Printf("|%-10s|%-14s|%8s|%14s|%9s|\n", "Region", "Product", "Units", "Revenue", "Growth")
	fmt.Println(line(widths, "+"))
	var totalUnits int
	var totalRev float64
	for _, r := range rows {
		fmt.Printf("|%-10s|%-14.12s|%8d|%14.2f|%+8.1f%%|\n", r.Region, r.Product, r.Units, r.Revenue, r.Growth*100)
		totalUnits += r.Units
		totalRev += r.Revenue
	}
	fmt.Println(line(widths, "+"))
	fmt.Printf("|%-25s|%8d|%14.2f|%9s|\n", "TOTAL", totalUnits, totalRev, "")
	fmt.Println(line(widths, "+"))

	fmt.Println()
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d] [% d]\n", 42, 42, 42, 42, 42, -42)
	fmt.Printf("[%8.3f] [%-8.3f] [%08.3f] [%+.2f] [%.0f] [%.0f]\n", 3.14159, 3.14159, -3.14159, 2.5, 2.5, 3.5)
	fmt.Printf("[%10s] [%-10s] [%.3s] [%10.2s] [%-*s] [%*d]\n", "right", "left", "truncate", "xy-z", 6, "star", 5, 7)
	fmt.Printf("[%6.2f%%] [%x] [%t] [%5t] [%-7v|]\n", 99.5, 255, true, false, []int{1})
	fmt.Printf("[%*.*f] [%-*.*f]\n", 10, 3, 2.0/3, 9, 1, 1.25)

	fmt.Println()
	items := map[string]float64{"coffee": 3.5, "bagel": 2.25, "juice": 4.75, "muffin": 3}
	order := []string{"bagel", "coffee", "juice", "muffin"}
	for i, name := range order {
		dots := strings.Repeat(".", 20-len(name))
		fmt.Printf("%2d. %s%s$%6.2f\n", i+1, strings.Title(name), dots, items[name])
	}
	receipt := fmt.Sprintf("%-24s$%6.2f", "Total", items["bagel"]+items["coffee"]+items["juice"]+items["muffin"])
	fmt.Println(strings.Repeat("=", len(receipt)))
	fmt.Println(receipt)
}
