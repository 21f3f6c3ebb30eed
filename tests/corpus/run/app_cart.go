package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type LineItem struct {
	SKU      string
	Name     string
	Unit     float64
	Qty      int
	Category string
}

type Discount interface {
	Name() string
	Apply(items []LineItem, subtotal float64) float64
}

type PercentOff struct {
	Pct      float64
	Category string
}

func (p PercentOff) Name() string {
	if p.Category == "" {
		return fmt.Sprintf("%.0f%% off everything", p.Pct)
	}
	return fmt.Sprintf("%.0f%% off %s", p.Pct, p.Category)
}

func (p PercentOff) Apply(items []LineItem, subtotal float64) float64 {
	if p.Category == "" {
		return subtotal * p.Pct / 100
	}
	off := 0.0
	for _, it := range items {
		if it.Category == p.Category {
			off += it.Unit * float64(it.Qty) * p.Pct / 100
		}
	}
	return off
}

type BuyXGetY struct {
	SKU  string
	X, Y int
}

func (b BuyXGetY) Name() string { return fmt.Sprintf("buy %d get %d free on %s", b.X, b.Y, b.SKU) }

func (b BuyXGetY) Apply(items []LineItem, _ float64) float64 {
	for _, it := range items {
		if it.SKU == b.SKU {
			free := it.Qty / (b.X + b.Y) * b.Y
			return float64(free) * it.Unit
		}
	}
	return 0
}

type Threshold struct{ Min, Off float64 }

func (t *Threshold) Name() string { return fmt.Sprintf("$%.0f off over $%.0f", t.Off, t.Min) }
func (t *Threshold) Apply(_ []LineItem, subtotal float64) float64 {
	if subtotal >= t.Min {
		return t.Off
	}
	return 0
}

type Cart struct {
	items     []LineItem
	discounts []Discount
}

func (c *Cart) Add(it LineItem) {
	for i := range c.items {
		if c.items[i].SKU == it.SKU {
			c.items[i].Qty += it.Qty
			return
		}
	}
	c.items = append(c.items, it)
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

func (c *Cart) Checkout(taxRate float64) {
	sort.Slice(c.items, func(i, j int) bool { return c.items[i].SKU < c.items[j].SKU })
	sub := 0.0
	for _, it := range c.items {
		line := it.Unit * float64(it.Qty)
		sub += line
		fmt.Printf("%-4s %-14s %3d x %6.2f = %8.2f\n", it.SKU, it.Name, it.Qty, it.Unit, line)
	}
	fmt.Printf("%37s %8.2f\n", "subtotal", sub)
	totalOff := 0.0
	for _, d := range c.discounts {
		off := round2(d.Apply(c.items, sub))
		if off == 0 {
			fmt.Printf("  (%s: not applicable, %T)\n", d.Name(), d)
			continue
		}
		totalOff += off
		fmt.Printf("%37s %8.2f\n", "- "+d.Name(), -off)
	}
	net := sub - totalOff
	tax := round2(net * taxRate)
	fmt.Printf("%37s %8.2f\n", fmt.Sprintf("tax %.1f%%", taxRate*100), tax)
	fmt.Println(strings.Repeat(" ", 29) + strings.Repeat("=", 17))
	fmt.Printf("%37s %8.2f\n", "TOTAL", net+tax)
}

func main() {
	c := &Cart{}
	c.Add(LineItem{"B01", "Coffee beans", 14.50, 2, "grocery"})
	c.Add(LineItem{"A07", "Mug", 8.00, 3, "kitchen"})
	c.Add(LineItem{"C11", "Oat milk", 2.99, 4, "grocery"})
	c.Add(LineItem{"A07", "Mug", 8.00, 3, "kitchen"})
	c.Add(LineItem{"D02", "French press", 34.95, 1, "kitchen"})
	c.discounts = []Discount{
		PercentOff{Pct: 10, Category: "kitchen"},
		BuyXGetY{"C11", 3, 1},
		&Threshold{Min: 100, Off: 5},
		&Threshold{Min: 500, Off: 50},
		PercentOff{Pct: 0},
	}
	c.Checkout(0.0825)
}
