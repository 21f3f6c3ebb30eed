package main

import (
	"fmt"
	"sort"
	"strings"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s%d.%02d", sign, m/100, m%100)
}

type LineItem struct {
	SKU      string
	Name     string
	Price    Money
	Qty      int
	Category string
}

type Cart struct {
	Items []LineItem
}

func (c *Cart) Subtotal() Money {
	var t Money
	for _, it := range c.Items {
		t += it.Price * Money(it.Qty)
	}
	return t
}

type Discount interface {
	Name() string
	Apply(c *Cart) Money
}

type PercentOff struct {
	Pct      int
	Category string
}

func (p PercentOff) Name() string { return fmt.Sprintf("%d%% off %s", p.Pct, p.Category) }
func (p PercentOff) Apply(c *Cart) Money {
	var t Money
	for _, it := range c.Items {
		if it.Category == p.Category {
			t += it.Price * Money(it.Qty) * Money(p.Pct) / 100
		}
	}
	return t
}

type BuyNGetOne struct {
	SKU string
	N   int
}

func (b BuyNGetOne) Name() string { return fmt.Sprintf("buy %d get 1 %s", b.N, b.SKU) }
func (b BuyNGetOne) Apply(c *Cart) Money {
	for _, it := range c.Items {
		if it.SKU == b.SKU {
			return Money(it.Qty/(b.N+1)) * it.Price
		}
	}
	return 0
}

type Threshold struct {
	Min, Off Money
}

func (t *Threshold) Name() string { return "spend " + t.Min.String() + " save " + t.Off.String() }
func (t *Threshold) Apply(c *Cart) Money {
	if c.Subtotal() >= t.Min {
		return t.Off
	}
	return 0
}

func checkout(c *Cart, ds []Discount, taxPct int) string {
	var b strings.Builder
	items := append([]LineItem(nil), c.Items...)
	sort.Slice(items, func(i, j int) bool { return items[i].SKU < items[j].SKU })
	for _, it := range items {
		fmt.Fprintf(&b, "%-6s %-12s %3d x %7v = %8v\n", it.SKU, it.Name, it.Qty, it.Price, it.Price*Money(it.Qty))
	}
	sub := c.Subtotal()
	fmt.Fprintf(&b, "%-33s %8v\n", "subtotal", sub)
	var saved Money
	for _, d := range ds {
		if amt := d.Apply(c); amt > 0 {
			saved += amt
			fmt.Fprintf(&b, "  %-31s %8v\n", d.Name(), -amt)
		}
	}
	net := sub - saved
	if net < 0 {
		net = 0
	}
	tax := (net*Money(taxPct) + 50) / 100
	fmt.Fprintf(&b, "%-33s %8v\n%-33s %8v\n", "tax", tax, "TOTAL", net+tax)
	return b.String()
}

func main() {
	cart := &Cart{Items: []LineItem{
		{"B100", "Go Book", 3999, 1, "books"},
		{"A200", "Coffee", 1250, 5, "food"},
		{"C300", "Sticker", 199, 7, "swag"},
		{"D400", "Mug", 899, 2, "swag"},
	}}
	discounts := []Discount{
		PercentOff{10, "books"}, BuyNGetOne{"C300", 2}, &Threshold{10000, 500}, PercentOff{50, "toys"},
	}
	fmt.Print(checkout(cart, discounts, 8))
	fmt.Println(strings.Repeat("=", 42))
	small := &Cart{Items: []LineItem{{"C300", "Sticker", 199, 2, "swag"}}}
	fmt.Print(checkout(small, discounts, 8))
	for _, d := range discounts {
		fmt.Printf("%T ", d)
	}
	fmt.Println()
	fmt.Println(Money(-5), Money(0), Money(123456))
}
