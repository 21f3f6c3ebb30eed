package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type AccountKind int

const (
	Checking AccountKind = iota + 1
	Savings
)

func (k AccountKind) String() string {
	switch k {
	case Checking:
		return "checking"
	case Savings:
		return "savings"
	}
	return "unknown"
}

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, int64(m)/100, int64(m)%100)
}

type Account struct {
	ID       string
	Kind     AccountKind
	Balance  Money
	Overdraw Money
}

type Entry struct {
	From, To string
	Amount   Money
	OK       bool
}

type Ledger struct {
	accounts map[string]*Account
	entries  []Entry
}

var (
	ErrNoAccount = errors.New("no such account")
	ErrFunds     = errors.New("insufficient funds")
	ErrSame      = errors.New("same account")
)

func (l *Ledger) Open(id string, kind AccountKind, initial Money) *Account {
	if l.accounts == nil {
		l.accounts = map[string]*Account{}
	}
	a := &Account{ID: id, Kind: kind, Balance: initial}
	if kind == Checking {
		a.Overdraw = 5000
	}
	l.accounts[id] = a
	return a
}

func (l *Ledger) get(id string) (*Account, error) {
	a, ok := l.accounts[id]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNoAccount, id)
	}
	return a, nil
}

func (l *Ledger) Transfer(from, to string, amt Money) (err error) {
	defer func() {
		l.entries = append(l.entries, Entry{from, to, amt, err == nil})
	}()
	if from == to {
		return ErrSame
	}
	src, err := l.get(from)
	if err != nil {
		return err
	}
	dst, err := l.get(to)
	if err != nil {
		return err
	}
	if src.Balance+src.Overdraw < amt {
		return fmt.Errorf("transfer %v from %s: %w", amt, from, ErrFunds)
	}
	src.Balance -= amt
	dst.Balance += amt
	return nil
}

func (l *Ledger) ApplyInterest(ratePermille int64) {
	for _, a := range l.accounts {
		if a.Kind == Savings && a.Balance > 0 {
			a.Balance += Money(int64(a.Balance) * ratePermille / 1000)
		}
	}
}

func (l *Ledger) Report() string {
	ids := make([]string, 0, len(l.accounts))
	for id := range l.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var b strings.Builder
	var total Money
	for _, id := range ids {
		a := l.accounts[id]
		b.WriteString(fmt.Sprintf("%-6s %-9v %10v\n", a.ID, a.Kind, a.Balance))
		total += a.Balance
	}
	b.WriteString(fmt.Sprintf("%-16s %10v", "TOTAL", total))
	return b.String()
}

func main() {
	var l Ledger
	l.Open("alice", Checking, 10000)
	l.Open("bob", Savings, 250000)
	l.Open("carol", Checking, 0)

	transfers := []Entry{
		{From: "alice", To: "carol", Amount: 12000},
		{From: "alice", To: "bob", Amount: 5000},
		{From: "carol", To: "dave", Amount: 100},
		{From: "bob", To: "bob", Amount: 1},
		{From: "bob", To: "alice", Amount: 99999},
		{From: "carol", To: "alice", Amount: 12001},
	}
	for _, t := range transfers {
		if err := l.Transfer(t.From, t.To, t.Amount); err != nil {
			tag := "other"
			switch {
			case errors.Is(err, ErrFunds):
				tag = "funds"
			case errors.Is(err, ErrNoAccount):
				tag = "missing"
			case err == ErrSame:
				tag = "same"
			}
			fmt.Printf("FAIL [%s] %v\n", tag, err)
		} else {
			fmt.Printf("OK   %s -> %s %v\n", t.From, t.To, t.Amount)
		}
	}
	l.ApplyInterest(15)
	fmt.Println(l.Report())
	okCount := 0
	for _, e := range l.entries {
		if e.OK {
			okCount++
		}
	}
	fmt.Println(len(l.entries), "entries,", okCount, "ok")
	fmt.Println(l.entries[0], Money(-250), Money(7))
}
