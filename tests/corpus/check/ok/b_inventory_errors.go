// A warehouse inventory with SKU lookups, reservations, a custom error type
// carrying an error code, errors.As, and a report sorted by value.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Code int

const (
	CodeUnknown Code = iota + 1
	CodeShort
	CodeInvalid
)

type StockError struct {
	SKU  string
	Code Code
	Msg  string
}

func (e *StockError) Error() string {
	return fmt.Sprintf("sku %s [code %d]: %s", e.SKU, e.Code, e.Msg)
}

type Item struct {
	SKU      string
	Name     string
	Qty      int
	Reserved int
	PriceCts int64
}

func (it Item) Available() int { return it.Qty - it.Reserved }
func (it Item) Value() int64   { return int64(it.Qty) * it.PriceCts }

type Store interface {
	Reserve(sku string, n int) error
	Release(sku string, n int) error
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

var _ Store = (*Inventory)(nil)

func (inv *Inventory) Add(items ...Item) {
	if inv.items == nil {
		inv.items = make(map[string]*Item)
	}
	for i := range items {
		it := items[i]
		inv.items[it.SKU] = &it
	}
}

func (inv *Inventory) get(sku string) (*Item, error) {
	it, ok := inv.items[sku]
	if !ok {
		return nil, &StockError{sku, CodeUnknown, "not stocked"}
	}
	return it, nil
}

func (inv *Inventory) Reserve(sku string, n int) error {
	if n <= 0 {
		return &StockError{sku, CodeInvalid, fmt.Sprintf("bad quantity %d", n)}
	}
	it, err := inv.get(sku)
	if err != nil {
		return err
	}
	if it.Available() < n {
		return &StockError{sku, CodeShort, fmt.Sprintf("want %d, only %d available", n, it.Available())}
	}
	it.Reserved += n
	inv.log = append(inv.log, fmt.Sprintf("reserve %s x%d", sku, n))
	return nil
}

func (inv *Inventory) Release(sku string, n int) error {
	it, err := inv.get(sku)
	if err != nil {
		return fmt.Errorf("release: %w", err)
	}
	if n > it.Reserved {
		n = it.Reserved
	}
	it.Reserved -= n
	return nil
}

func main() {
	inv := &Inventory{}
	inv.Add(
		Item{SKU: "A-100", Name: "widget", Qty: 40, PriceCts: 250},
		Item{SKU: "B-200", Name: "gadget", Qty: 5, PriceCts: 1999},
		Item{SKU: "C-300", Name: "doohickey", Qty: 120, PriceCts: 75},
	)
	var s Store = inv
	orders := []struct {
		sku string
		n   int
	}{{"A-100", 10}, {"B-200", 6}, {"Z-999", 1}, {"C-300", 0}, {"B-200", 5}}
	byCode := map[Code]int{}
	for _, o := range orders {
		err := s.Reserve(o.sku, o.n)
		var se *StockError
		if errors.As(err, &se) {
			byCode[se.Code]++
			fmt.Println("failed:", se)
			continue
		}
		fmt.Printf("reserved %d of %s\n", o.n, o.sku)
	}
	if err := s.Release("Q-1", 1); err != nil {
		fmt.Printf("%v (%T)\n", err, errors.Unwrap(err))
	}
	list := make([]Item, 0, len(inv.items))
	for _, it := range inv.items {
		list = append(list, *it)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Value() > list[j].Value() })
	for _, it := range list {
		fmt.Printf("%-6s %-10s avail=%3d value=%8.2f\n", it.SKU, it.Name, it.Available(), float64(it.Value())/100)
	}
	fmt.Printf("errors by code: %v, log: %q\n", byCode, inv.log)
}
