package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Tools Category = iota
	Electronics
	Garden
)

func (c Category) String() string {
	return [...]string{"Tools", "Electronics", "Garden"}[c]
}

type Item struct {
	SKU      string
	Name     string
	Cat      Category
	Qty      int
	PriceCts int
}

func (i Item) Value() int { return i.Qty * i.PriceCts }

type Inventory struct {
	items map[string]*Item
	audit []string
}

var ErrUnknownSKU = errors.New("unknown sku")

type StockError struct {
	SKU       string
	Have, Req int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("sku %s: have %d, requested %d", e.SKU, e.Have, e.Req)
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) logf(format string, args ...interface{}) {
	inv.audit = append(inv.audit, fmt.Sprintf(format, args...))
}

func (inv *Inventory) Add(it Item) {
	if cur, ok := inv.items[it.SKU]; ok {
		cur.Qty += it.Qty
		inv.logf("restock %s +%d", it.SKU, it.Qty)
		return
	}
	copyIt := it
	inv.items[it.SKU] = &copyIt
	inv.logf("new %s (%s)", it.SKU, it.Name)
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %s: %w", sku, ErrUnknownSKU)
	}
	if it.Qty < n {
		return &StockError{sku, it.Qty, n}
	}
	it.Qty -= n
	inv.logf("remove %s -%d", sku, n)
	if it.Qty == 0 {
		delete(inv.items, sku)
		inv.logf("sold out %s", sku)
	}
	return nil
}

func (inv *Inventory) Sorted(less func(a, b *Item) bool) []*Item {
	out := make([]*Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func money(cts int) string {
	return fmt.Sprintf("$%d.%02d", cts/100, cts%100)
}

func main() {
	inv := NewInventory()
	original := Item{"T-100", "Hammer", Tools, 10, 1599}
	inv.Add(original)
	inv.Add(Item{"E-200", "Multimeter", Electronics, 3, 4999})
	inv.Add(Item{"G-300", "Rake", Garden, 7, 2250})
	inv.Add(Item{"T-101", "Wrench", Tools, 15, 899})
	inv.Add(Item{"T-100", "Hammer", Tools, 5, 1599})
	fmt.Println("original qty still", original.Qty)

	reqs := []struct {
		sku string
		n   int
	}{{"T-100", 4}, {"E-200", 5}, {"X-999", 1}, {"E-200", 3}, {"G-300", 2}}
	for _, r := range reqs {
		err := inv.Remove(r.sku, r.n)
		var se *StockError
		switch {
		case err == nil:
			fmt.Println("removed", r.n, "of", r.sku)
		case errors.Is(err, ErrUnknownSKU):
			fmt.Println("error:", err)
		case errors.As(err, &se):
			fmt.Println("short by", se.Req-se.Have, "->", se)
		}
	}

	byValue := inv.Sorted(func(a, b *Item) bool { return a.Value() > b.Value() })
	total := 0
	fmt.Printf("%-6s %-8s %-12s %4s %10s\n", "SKU", "Name", "Category", "Qty", "Value")
	for _, it := range byValue {
		fmt.Printf("%-6s %-8s %-12v %4d %10s\n", it.SKU, it.Name, it.Cat, it.Qty, money(it.Value()))
		total += it.Value()
	}
	fmt.Println("total", money(total))

	perCat := map[Category]int{}
	for _, it := range inv.items {
		perCat[it.Cat] += it.Qty
	}
	fmt.Println(perCat)
	fmt.Println(strings.Join(inv.audit, "\n"))
	fmt.Printf("%+v\n", *inv.items["T-101"])
}
