// A ledger of accounts: money as a named int64 type with a Stringer,
// transfers returning wrapped errors, and a transaction log.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Account struct {
	ID      string
	Balance Cents
	Limit   Cents
}

type Tx struct {
	From, To string
	Amount   Cents
}

type Ledger struct {
	accounts map[string]*Account
	log      []Tx
}

var (
	ErrNoAccount    = errors.New("no such account")
	ErrInsufficient = errors.New("insufficient funds")
)

type TxError struct {
	Tx  Tx
	Err error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("transfer %v %s->%s: %v", e.Tx.Amount, e.Tx.From, e.Tx.To, e.Err)
}
func (e *TxError) Unwrap() error { return e.Err }

func (l *Ledger) Open(id string, initial, limit Cents) {
	if l.accounts == nil {
		l.accounts = make(map[string]*Account)
	}
	l.accounts[id] = &Account{id, initial, limit}
}

func (l *Ledger) Transfer(t Tx) error {
	from, ok1 := l.accounts[t.From]
	to, ok2 := l.accounts[t.To]
	if !ok1 || !ok2 {
		return &TxError{t, ErrNoAccount}
	}
	if from.Balance-t.Amount < -from.Limit {
		return &TxError{t, fmt.Errorf("%w: balance %v, limit %v", ErrInsufficient, from.Balance, from.Limit)}
	}
	from.Balance -= t.Amount
	to.Balance += t.Amount
	l.log = append(l.log, t)
	return nil
}

func (l *Ledger) Report() []string {
	ids := make([]string, 0, len(l.accounts))
	for id := range l.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = fmt.Sprintf("%-6s %10v", id, l.accounts[id].Balance)
	}
	return out
}

func main() {
	var l Ledger
	l.Open("alice", 10000, 0)
	l.Open("bob", 2550, 5000)
	l.Open("carol", 0, 0)
	txs := []Tx{
		{"alice", "bob", 2500},
		{"bob", "carol", 9999},
		{"bob", "carol", 7000},
		{"carol", "dave", 1},
		{"carol", "alice", 7001},
	}
	failed := 0
	for _, t := range txs {
		if err := l.Transfer(t); err != nil {
			failed++
			var te *TxError
			if errors.As(err, &te) && errors.Is(err, ErrInsufficient) {
				fmt.Println("declined:", te.Tx.From, "-", err)
			} else {
				fmt.Println("error:", err)
			}
		}
	}
	for _, line := range l.Report() {
		fmt.Println(line)
	}
	var total Cents
	for _, a := range l.accounts {
		total += a.Balance
	}
	fmt.Println("ok:", len(l.log), "failed:", failed, "total:", total, Cents(-5))
}
