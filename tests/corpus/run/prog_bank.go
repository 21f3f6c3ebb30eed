package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrFrozen = errors.New("account frozen")

type AccountError struct {
	ID  string
	Op  string
	Err error
}

func (e *AccountError) Error() string { return fmt.Sprintf("%s %s: %v", e.Op, e.ID, e.Err) }
func (e *AccountError) Unwrap() error { return e.Err }

type Account interface {
	ID() string
	Balance() int64
	Deposit(amount int64) error
	Withdraw(amount int64) error
}

type Checking struct {
	id        string
	balance   int64
	overdraft int64
	frozen    bool
}

func (c *Checking) ID() string     { return c.id }
func (c *Checking) Balance() int64 { return c.balance }
func (c *Checking) Deposit(a int64) error {
	if a <= 0 {
		return &AccountError{c.id, "deposit", fmt.Errorf("invalid amount %d", a)}
	}
	c.balance += a
	return nil
}
func (c *Checking) Withdraw(a int64) error {
	if c.frozen {
		return &AccountError{c.id, "withdraw", ErrFrozen}
	}
	if c.balance+c.overdraft < a {
		return &AccountError{c.id, "withdraw", ErrInsufficient}
	}
	c.balance -= a
	return nil
}

type Savings struct {
	id      string
	balance int64
	rateBP  int64
}

func (s *Savings) ID() string     { return s.id }
func (s *Savings) Balance() int64 { return s.balance }
func (s *Savings) Deposit(a int64) error {
	s.balance += a
	return nil
}
func (s *Savings) Withdraw(a int64) error {
	if s.balance < a {
		return &AccountError{s.id, "withdraw", ErrInsufficient}
	}
	s.balance -= a
	return nil
}
func (s *Savings) AddInterest() { s.balance += s.balance * s.rateBP / 10000 }

type Bank struct {
	accounts map[string]Account
	log      []string
}

func (b *Bank) Transfer(from, to string, amt int64) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer: unknown account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer: unknown account %q", to)
	}
	if err := src.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	if err := dst.Deposit(amt); err != nil {
		_ = src.Deposit(amt)
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	b.log = append(b.log, fmt.Sprintf("%s->%s %d", from, to, amt))
	return nil
}

func cents(v int64) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	return fmt.Sprintf("%s$%d.%02d", sign, v/100, v%100)
}

func main() {
	bank := &Bank{accounts: map[string]Account{
		"chk": &Checking{id: "chk", balance: 10000, overdraft: 5000},
		"sav": &Savings{id: "sav", balance: 50000, rateBP: 150},
		"frz": &Checking{id: "frz", balance: 100, frozen: true},
	}}
	ops := []struct {
		from, to string
		amt      int64
	}{
		{"chk", "sav", 12000}, {"chk", "sav", 4000}, {"sav", "chk", 2500},
		{"frz", "chk", 50}, {"sav", "nope", 1}, {"sav", "chk", -5}, {"sav", "chk", 100000},
	}
	for _, op := range ops {
		err := bank.Transfer(op.from, op.to, op.amt)
		var ae *AccountError
		switch {
		case err == nil:
			fmt.Println("ok  ", op.from, op.to, cents(op.amt))
		case errors.Is(err, ErrInsufficient):
			fmt.Println("poor", err)
		case errors.Is(err, ErrFrozen):
			fmt.Println("frzn", err)
		case errors.As(err, &ae):
			fmt.Println("acct", ae.Op, ae.ID, "|", err)
		default:
			fmt.Println("err ", err)
		}
	}
	bank.accounts["sav"].(*Savings).AddInterest()
	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Printf("%-4s %-16T %10s\n", id, a, cents(a.Balance()))
	}
	fmt.Println(bank.log)
}
