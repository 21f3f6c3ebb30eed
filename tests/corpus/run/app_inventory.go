package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Product struct {
	SKU      SKU
	Name     string
	Price    float64
	Quantity int
	Tags     []string
}

var (
	ErrNotFound     = errors.New("product not found")
	ErrInsufficient = errors.New("insufficient stock")
)

type Inventory struct {
	items map[SKU]*Product
	log   []string
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[SKU]*Product)}
}

func (inv *Inventory) Add(p Product) {
	if existing, ok := inv.items[p.SKU]; ok {
		existing.Quantity += p.Quantity
		inv.log = append(inv.log, fmt.Sprintf("restock %s +%d", p.SKU, p.Quantity))
		return
	}
	cp := p
	inv.items[p.SKU] = &cp
	inv.log = append(inv.log, fmt.Sprintf("add %s", p.SKU))
}

func (inv *Inventory) Remove(sku SKU, qty int) error {
	p, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %s: %w", sku, ErrNotFound)
	}
	if p.Quantity < qty {
		return fmt.Errorf("remove %d of %s (have %d): %w", qty, sku, p.Quantity, ErrInsufficient)
	}
	p.Quantity -= qty
	inv.log = append(inv.log, fmt.Sprintf("remove %s -%d", sku, qty))
	return nil
}

func (inv *Inventory) Sorted(less func(a, b *Product) bool) []*Product {
	out := make([]*Product, 0, len(inv.items))
	for _, p := range inv.items {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func (inv *Inventory) Value() float64 {
	total := 0.0
	for _, p := range inv.Sorted(func(a, b *Product) bool { return a.SKU < b.SKU }) {
		total += p.Price * float64(p.Quantity)
	}
	return total
}

func (inv *Inventory) ByTag() map[string][]SKU {
	res := map[string][]SKU{}
	for _, p := range inv.Sorted(func(a, b *Product) bool { return a.SKU < b.SKU }) {
		for _, t := range p.Tags {
			res[t] = append(res[t], p.SKU)
		}
	}
	return res
}

func main() {
	inv := NewInventory()
	inv.Add(Product{"A100", "Widget", 2.50, 100, []string{"hardware", "small"}})
	inv.Add(Product{"B200", "Gadget", 12.99, 15, []string{"electronics"}})
	inv.Add(Product{"C300", "Doohickey", 0.75, 400, []string{"hardware", "bulk"}})
	inv.Add(Product{"D400", "Gizmo", 45.00, 3, []string{"electronics", "premium"}})
	inv.Add(Product{SKU: "A100", Quantity: 25})

	ops := []struct {
		sku SKU
		qty int
	}{{"A100", 30}, {"B200", 20}, {"Z999", 1}, {"D400", 3}, {"C300", 150}}
	for _, op := range ops {
		if err := inv.Remove(op.sku, op.qty); err != nil {
			kind := "other"
			if errors.Is(err, ErrNotFound) {
				kind = "missing"
			} else if errors.Is(err, ErrInsufficient) {
				kind = "short"
			}
			fmt.Printf("error[%s]: %v\n", kind, err)
		}
	}

	fmt.Printf("%-5s %-10s %8s %5s %9s\n", "SKU", "Name", "Price", "Qty", "Subtotal")
	fmt.Println(strings.Repeat("-", 41))
	for _, p := range inv.Sorted(func(a, b *Product) bool { return a.Price*float64(a.Quantity) > b.Price*float64(b.Quantity) }) {
		flag := ""
		if p.Quantity == 0 {
			flag = " (out)"
		}
		fmt.Printf("%-5s %-10s %8.2f %5d %9.2f%s\n", p.SKU, p.Name, p.Price, p.Quantity, p.Price*float64(p.Quantity), flag)
	}
	fmt.Printf("total value: $%.2f\n", inv.Value())
	fmt.Println("by tag:", inv.ByTag())
	fmt.Println("log:", strings.Join(inv.log, "; "))
}
