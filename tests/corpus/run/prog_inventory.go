package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Qty      int
	Reorder  int
	BatchQty int
	Cost     float64
}

type Rule interface {
	Name() string
	Check(it *Item) (int, bool)
}

type MinLevelRule struct{}

func (MinLevelRule) Name() string { return "min-level" }
func (MinLevelRule) Check(it *Item) (int, bool) {
	if it.Qty <= it.Reorder {
		need := it.Reorder*2 - it.Qty
		batches := (need + it.BatchQty - 1) / it.BatchQty
		return batches * it.BatchQty, true
	}
	return 0, false
}

type ZeroStockRule struct{ Emergency int }

func (z ZeroStockRule) Name() string { return "zero-stock" }
func (z ZeroStockRule) Check(it *Item) (int, bool) {
	if it.Qty == 0 {
		return z.Emergency, true
	}
	return 0, false
}

type Inventory struct {
	items map[string]*Item
	rules []Rule
}

type Order struct {
	SKU  string
	Qty  int
	Rule string
}

func (inv *Inventory) Ship(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("unknown sku %s", sku)
	}
	if it.Qty < n {
		return fmt.Errorf("cannot ship %d of %s: only %d left", n, sku, it.Qty)
	}
	it.Qty -= n
	return nil
}

func (inv *Inventory) Plan() []Order {
	var orders []Order
	skus := make([]string, 0, len(inv.items))
	for s := range inv.items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	for _, s := range skus {
		it := inv.items[s]
		best := Order{SKU: s}
		for _, r := range inv.rules {
			if q, ok := r.Check(it); ok && q > best.Qty {
				best.Qty, best.Rule = q, r.Name()
			}
		}
		if best.Qty > 0 {
			orders = append(orders, best)
		}
	}
	return orders
}

func main() {
	inv := &Inventory{
		items: map[string]*Item{
			"A1": {"A1", "bolts", 120, 50, 100, 0.05},
			"B2": {"B2", "nuts", 40, 50, 25, 0.03},
			"C3": {"C3", "washers", 10, 5, 40, 0.01},
			"D4": {"D4", "brackets", 3, 2, 10, 1.25},
		},
		rules: []Rule{MinLevelRule{}, ZeroStockRule{Emergency: 60}},
	}
	shipments := []struct {
		sku string
		n   int
	}{{"A1", 80}, {"C3", 10}, {"D4", 5}, {"X9", 1}, {"B2", 15}, {"A1", 45}}
	for _, s := range shipments {
		if err := inv.Ship(s.sku, s.n); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Printf("%-4s %-9s %5s %7s\n", "SKU", "NAME", "QTY", "VALUE")
	fmt.Println(strings.Repeat("-", 28))
	total := 0.0
	skus := []string{}
	for k := range inv.items {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	for _, k := range skus {
		it := inv.items[k]
		v := float64(it.Qty) * it.Cost
		total += v
		fmt.Printf("%-4s %-9s %5d %7.2f\n", it.SKU, it.Name, it.Qty, v)
	}
	fmt.Printf("%-20s %7.2f\n", "total", total)
	orders := inv.Plan()
	cost := 0.0
	for _, o := range orders {
		it := inv.items[o.SKU]
		c := float64(o.Qty) * it.Cost
		cost += c
		fmt.Printf("reorder %s x%d via %s (%.2f)\n", o.SKU, o.Qty, o.Rule, c)
	}
	fmt.Printf("orders=%d cost=%.3f\n", len(orders), cost)
}
