// A double-entry bank ledger with int64 cents, sentinel errors compared
// with ==, a custom error type, deferred audit logging and sorted output.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, int64(c)/100, int64(c)%100)
}

var (
	ErrNoAccount = errors.New("no such account")
	ErrFrozen    = errors.New("account frozen")
)

type OverdraftError struct {
	Account string
	Need    Cents
	Have    Cents
}

func (e OverdraftError) Error() string {
	return fmt.Sprintf("%s: need %v, have %v", e.Account, e.Need, e.Have)
}

type Posting struct {
	From, To string
	Amount   Cents
	Memo     string
}

type Ledger struct {
	balances map[string]Cents
	frozen   map[string]bool
	journal  []Posting
	audit    []string
}

func NewLedger(opening map[string]Cents) *Ledger {
	l := &Ledger{balances: map[string]Cents{}, frozen: map[string]bool{}}
	for name, amt := range opening {
		l.balances[name] = amt
	}
	return l
}

func (l *Ledger) lookup(name string) (Cents, error) {
	b, ok := l.balances[name]
	if !ok {
		return 0, ErrNoAccount
	}
	if l.frozen[name] {
		return b, ErrFrozen
	}
	return b, nil
}

func (l *Ledger) Post(p Posting) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "rejected: " + err.Error()
		}
		l.audit = append(l.audit, fmt.Sprintf("%s->%s %v %s", p.From, p.To, p.Amount, status))
	}()
	from, err := l.lookup(p.From)
	if err != nil {
		return fmt.Errorf("debit %s: %w", p.From, err)
	}
	if _, err := l.lookup(p.To); err != nil {
		return fmt.Errorf("credit %s: %w", p.To, err)
	}
	if from < p.Amount {
		return OverdraftError{p.From, p.Amount, from}
	}
	l.balances[p.From] -= p.Amount
	l.balances[p.To] += p.Amount
	l.journal = append(l.journal, p)
	return nil
}

func (l *Ledger) Total() Cents {
	var sum Cents
	for _, b := range l.balances {
		sum += b
	}
	return sum
}

func main() {
	l := NewLedger(map[string]Cents{"alice": 10000, "bob": 2550, "carol": 0, "dave": 500})
	l.frozen["dave"] = true
	before := l.Total()
	postings := []Posting{
		{"alice", "bob", 1999, "dinner"},
		{"bob", "carol", 5000, "rent"},
		{"carol", "alice", 1, "test"},
		{"alice", "erin", 100, "gift"},
		{"dave", "alice", 100, "refund"},
		{"bob", "carol", 4549, "rent, smaller"},
	}
	for _, p := range postings {
		err := l.Post(p)
		var oe OverdraftError
		switch {
		case err == nil:
		case errors.As(err, &oe):
			fmt.Printf("overdraft by %v on %q\n", oe.Need-oe.Have, oe.Account)
		case errors.Unwrap(err) == ErrNoAccount:
			fmt.Println("unknown account:", err)
		case errors.Is(err, ErrFrozen):
			fmt.Println("frozen:", err)
		}
	}
	names := make([]string, 0, len(l.balances))
	for n := range l.balances {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-6s %10v\n", n, l.balances[n])
	}
	fmt.Println(strings.Join(l.audit, "\n"))
	fmt.Printf("journal=%d conserved=%t total=%v neg=%v\n", len(l.journal), before == l.Total(), l.Total(), Cents(-1234))
}
