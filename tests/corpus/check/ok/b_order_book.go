// A limit order book matching engine: bids and asks kept sorted by price
// then time, partial fills producing trades, and order validation errors.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Side int

const (
	Buy Side = iota
	Sell
)

func (s Side) String() string {
	if s == Buy {
		return "BUY"
	}
	return "SELL"
}

type Order struct {
	ID    int
	Side  Side
	Price int64 // in cents
	Qty   int
	seq   int
}

type Trade struct {
	BuyID, SellID int
	Price         int64
	Qty           int
}

func (t Trade) String() string {
	return fmt.Sprintf("trade %d@%d.%02d (buy #%d, sell #%d)", t.Qty, t.Price/100, t.Price%100, t.BuyID, t.SellID)
}

var ErrInvalidOrder = errors.New("invalid order")

var _, _ fmt.Stringer = Side(0), Trade{}

type Book struct {
	bids, asks []*Order
	seq        int
	trades     []Trade
}

func (b *Book) insert(o *Order) {
	b.seq++
	o.seq = b.seq
	if o.Side == Buy {
		b.bids = append(b.bids, o)
		sort.SliceStable(b.bids, func(i, j int) bool { return b.bids[i].Price > b.bids[j].Price })
	} else {
		b.asks = append(b.asks, o)
		sort.SliceStable(b.asks, func(i, j int) bool { return b.asks[i].Price < b.asks[j].Price })
	}
}

func (b *Book) Submit(o Order) ([]Trade, error) {
	if o.Qty <= 0 || o.Price <= 0 {
		return nil, fmt.Errorf("order #%d (%v %d @ %d): %w", o.ID, o.Side, o.Qty, o.Price, ErrInvalidOrder)
	}
	book := &b.asks
	crosses := func(rest *Order) bool { return rest.Price <= o.Price }
	if o.Side == Sell {
		book = &b.bids
		crosses = func(rest *Order) bool { return rest.Price >= o.Price }
	}
	var fills []Trade
	for o.Qty > 0 && len(*book) > 0 && crosses((*book)[0]) {
		rest := (*book)[0]
		qty := o.Qty
		if rest.Qty < qty {
			qty = rest.Qty
		}
		t := Trade{BuyID: o.ID, SellID: rest.ID, Price: rest.Price, Qty: qty}
		if o.Side == Sell {
			t.BuyID, t.SellID = rest.ID, o.ID
		}
		fills = append(fills, t)
		o.Qty -= qty
		if rest.Qty -= qty; rest.Qty == 0 {
			*book = (*book)[1:]
		}
	}
	if o.Qty > 0 {
		b.insert(&o)
	}
	b.trades = append(b.trades, fills...)
	return fills, nil
}

func (b *Book) Spread() (bid, ask int64, ok bool) {
	if len(b.bids) == 0 || len(b.asks) == 0 {
		return 0, 0, false
	}
	return b.bids[0].Price, b.asks[0].Price, true
}

func main() {
	b := &Book{}
	orders := []Order{
		{ID: 1, Side: Sell, Price: 10100, Qty: 5},
		{ID: 2, Side: Sell, Price: 10050, Qty: 3},
		{ID: 3, Side: Buy, Price: 9900, Qty: 4},
		{ID: 4, Side: Buy, Price: 10075, Qty: 4},
		{ID: 5, Side: Sell, Price: 9800, Qty: 10},
		{ID: 6, Side: Buy, Price: 0, Qty: 1},
		{ID: 7, Side: Buy, Price: 10200, Qty: 2},
	}
	for _, o := range orders {
		fills, err := b.Submit(o)
		if errors.Is(err, ErrInvalidOrder) {
			fmt.Println("rejected:", err)
			continue
		}
		fmt.Printf("#%d %-4v %2d @ %6d -> %d fills %v\n", o.ID, o.Side, o.Qty, o.Price, len(fills), fills)
	}
	if bid, ask, ok := b.Spread(); ok {
		fmt.Printf("spread %d-%d = %d cents\n", bid, ask, ask-bid)
	} else {
		fmt.Println("one-sided book")
	}
	volume := 0
	for _, t := range b.trades {
		volume += t.Qty
	}
	fmt.Printf("trades=%d volume=%d resting bids=%d asks=%d\n", len(b.trades), volume, len(b.bids), len(b.asks))
	for _, o := range append(b.bids, b.asks...) {
		fmt.Printf("  %+v\n", *o)
	}
}
