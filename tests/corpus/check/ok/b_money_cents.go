// A Money type with int64 cents and a currency code: parsing "12.34",
// checked arithmetic with currency-mismatch errors, and fair allocation.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

var ErrCurrency = errors.New("currency mismatch")

var _ fmt.Stringer = Money{}

func (m Money) String() string {
	c := m.Cents
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d %s", sign, c/100, c%100, m.Currency)
}

func ParseMoney(s string) (Money, error) {
	fields := strings.Fields(s)
	if len(fields) != 2 {
		return Money{}, fmt.Errorf("parse money %q: want \"AMOUNT CUR\"", s)
	}
	whole, frac, hasFrac := strings.Cut(fields[0], ".")
	neg := strings.HasPrefix(whole, "-")
	whole = strings.TrimPrefix(whole, "-")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return Money{}, fmt.Errorf("parse money %q: %w", s, err)
	}
	var f int64
	if hasFrac {
		if len(frac) == 1 {
			frac += "0"
		}
		if len(frac) != 2 {
			return Money{}, fmt.Errorf("parse money %q: need two decimals", s)
		}
		if f, err = strconv.ParseInt(frac, 10, 64); err != nil {
			return Money{}, fmt.Errorf("parse money %q: %w", s, err)
		}
	}
	cents := w*100 + f
	if neg {
		cents = -cents
	}
	return Money{cents, strings.ToUpper(fields[1])}, nil
}

func (m Money) Add(o Money) (Money, error) {
	if m.Currency != o.Currency {
		return Money{}, fmt.Errorf("%v + %v: %w", m, o, ErrCurrency)
	}
	return Money{m.Cents + o.Cents, m.Currency}, nil
}

func (m Money) MulPercent(pct float64) Money {
	v := float64(m.Cents) * pct / 100
	if v < 0 {
		return Money{int64(v - 0.5), m.Currency}
	}
	return Money{int64(v + 0.5), m.Currency}
}

// Allocate splits m by integer weights so the parts always sum to m.
func (m Money) Allocate(weights ...int) []Money {
	total := 0
	for _, w := range weights {
		total += w
	}
	parts := make([]Money, len(weights))
	var given int64
	for i, w := range weights {
		parts[i] = Money{m.Cents * int64(w) / int64(total), m.Currency}
		given += parts[i].Cents
	}
	for i := 0; given < m.Cents; i = (i + 1) % len(parts) {
		parts[i].Cents++
		given++
	}
	return parts
}

func main() {
	var cart []Money
	for _, s := range []string{"19.99 eur", "5 EUR", "0.5 EUR", "-2.25 EUR", "3.999 EUR", "abc EUR", "7.00 USD"} {
		m, err := ParseMoney(s)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("skip %q: bad number %q (%v)\n", s, ne.Num, ne.Err)
			continue
		} else if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		cart = append(cart, m)
	}
	sum := Money{Currency: "EUR"}
	for _, m := range cart {
		next, err := sum.Add(m)
		if errors.Is(err, ErrCurrency) {
			fmt.Println("error:", err)
			continue
		}
		sum = next
	}
	vat := sum.MulPercent(21)
	fmt.Printf("subtotal %v, vat %v, raw %+v\n", sum, vat, vat)
	hundred := Money{Cents: 10000, Currency: "EUR"}
	for i, p := range hundred.Allocate(1, 1, 1) {
		fmt.Printf("share %d: %v\n", i+1, p)
	}
	fmt.Println(Money{Cents: 1001, Currency: "USD"}.Allocate(70, 20, 10))
}
