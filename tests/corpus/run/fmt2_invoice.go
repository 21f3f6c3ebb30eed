package main

import (
	"fmt"
	"strings"
)

type Line struct {
	Desc    string
	Qty     int
	Unit    int64
	TaxRate int
}

type Invoice struct {
	Number   int
	Customer string
	Lines    []Line
	Discount int
}

func money(c int64) string {
	neg := c < 0
	if neg {
		c = -c
	}
	whole := fmt.Sprint(c / 100)
	var parts []string
	for len(whole) > 3 {
		parts = append([]string{whole[len(whole)-3:]}, parts...)
		whole = whole[:len(whole)-3]
	}
	parts = append([]string{whole}, parts...)
	s := fmt.Sprintf("$%s.%02d", strings.Join(parts, ","), c%100)
	if neg {
		return "(" + s + ")"
	}
	return s
}

func (inv Invoice) Render(width int) string {
	var b strings.Builder
	title := fmt.Sprintf("INVOICE #%06d", inv.Number)
	fmt.Fprintf(&b, "%*s\n", (width+len(title))/2, title)
	fmt.Fprintf(&b, "%-*s\n", width, "Bill to: "+inv.Customer)
	fmt.Fprintln(&b, strings.Repeat("=", width))
	descW := width - 4 - 12 - 14 - 3
	fmt.Fprintf(&b, "%-*s %4s %12s %14s\n", descW, "Item", "Qty", "Unit", "Amount")
	fmt.Fprintln(&b, strings.Repeat("-", width))
	var sub, tax int64
	for _, l := range inv.Lines {
		amt := int64(l.Qty) * l.Unit
		sub += amt
		tax += (amt*int64(l.TaxRate) + 50) / 100
		desc := l.Desc
		if len(desc) > descW {
			desc = desc[:descW-3] + "..."
		}
		fmt.Fprintf(&b, "%-*s %4d %12s %14s\n", descW, desc, l.Qty, money(l.Unit), money(amt))
	}
	fmt.Fprintln(&b, strings.Repeat("-", width))
	disc := -sub * int64(inv.Discount) / 100
	total := sub + disc + tax
	for _, kv := range []struct {
		k string
		v int64
	}{{"Subtotal", sub}, {fmt.Sprintf("Discount %d%%", inv.Discount), disc}, {"Tax", tax}, {"TOTAL", total}} {
		fmt.Fprintf(&b, "%*s %14s\n", width-15, kv.k, money(kv.v))
	}
	return b.String()
}

func main() {
	inv := Invoice{
		Number:   427,
		Customer: "Gopher Industries Ltd.",
		Discount: 5,
		Lines: []Line{
			{"Widget, standard", 10, 1999, 20},
			{"Extended warranty for industrial widget assemblies", 1, 149900, 0},
			{"Shipping", 1, 2500, 20},
			{"Consulting hours", 12, 12500, 10},
		},
	}
	fmt.Print(inv.Render(60))
	fmt.Println()
	small := Invoice{Number: 1, Customer: "X", Lines: []Line{{"Refund", -1, 5000, 0}}}
	fmt.Print(small.Render(44))
	for _, c := range []int64{0, 5, 99, 100, 123456, 100000000, -123456789} {
		fmt.Printf("%d=%s ", c, money(c))
	}
	fmt.Println()
}
