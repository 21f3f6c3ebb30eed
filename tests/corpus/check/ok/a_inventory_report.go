// Inventory with maps of structs and slices: restocking, low-stock
// alerts, category totals sorted by value, and a Stringer per item.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Item struct {
	SKU      SKU
	Name     string
	Category string
	Qty      int
	Price    float64
	Reorder  int
}

func (i Item) Value() float64 { return float64(i.Qty) * i.Price }
func (i Item) String() string { return fmt.Sprintf("%s %-12s x%-3d", i.SKU, i.Name, i.Qty) }

type Inventory map[SKU]*Item

func (inv Inventory) Add(items ...Item) {
	for _, it := range items {
		it := it
		inv[it.SKU] = &it
	}
}

func (inv Inventory) Sell(sku SKU, n int) error {
	it, ok := inv[sku]
	switch {
	case !ok:
		return fmt.Errorf("sell %s: unknown sku", sku)
	case it.Qty < n:
		return fmt.Errorf("sell %d of %s: only %d left", n, it.Name, it.Qty)
	}
	it.Qty -= n
	return nil
}

func (inv Inventory) Low() []*Item {
	var out []*Item
	for _, it := range inv {
		if it.Qty <= it.Reorder {
			out = append(out, it)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].SKU < out[b].SKU })
	return out
}

func (inv Inventory) ByCategory() map[string][]SKU {
	m := map[string][]SKU{}
	for sku, it := range inv {
		m[it.Category] = append(m[it.Category], sku)
	}
	return m
}

func main() {
	inv := Inventory{}
	inv.Add(
		Item{"A100", "hammer", "tools", 12, 9.5, 3},
		Item{"A200", "wrench", "tools", 4, 12, 5},
		Item{"B100", "paint", "supplies", 30, 4.25, 10},
		Item{"B200", "brush", "supplies", 8, 2, 6},
	)
	orders := []struct {
		sku SKU
		n   int
	}{{"A100", 10}, {"B100", 21}, {"C999", 1}, {"A200", 9}}
	for _, o := range orders {
		if err := inv.Sell(o.sku, o.n); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println("low stock:")
	for _, it := range inv.Low() {
		fmt.Println(" ", it, "reorder at", it.Reorder)
	}
	cats := inv.ByCategory()
	type total struct {
		cat   string
		value float64
	}
	var totals []total
	for cat, skus := range cats {
		t := total{cat: cat}
		for _, s := range skus {
			t.value += inv[s].Value()
		}
		totals = append(totals, t)
	}
	sort.Slice(totals, func(i, j int) bool { return totals[i].value > totals[j].value })
	for _, t := range totals {
		fmt.Printf("%-9s %7.2f %s\n", t.cat, t.value, strings.Repeat("*", int(t.value/10)))
	}
}
