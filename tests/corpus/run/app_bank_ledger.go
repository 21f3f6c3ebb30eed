package main

import (
	"errors"
	"fmt"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

var ErrFrozen = errors.New("account frozen")

type InsufficientFunds struct {
	Account string
	Balance Cents
	Need    Cents
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("%s: balance %v, need %v", e.Account, e.Balance, e.Need)
}

type Account struct {
	ID      string
	Owner   string
	Balance Cents
	Frozen  bool
	History []Cents
}

type Bank struct {
	accounts map[string]*Account
	order    []string
}

func (b *Bank) Open(id, owner string, initial Cents) *Account {
	if b.accounts == nil {
		b.accounts = map[string]*Account{}
	}
	a := &Account{ID: id, Owner: owner, Balance: initial, History: []Cents{initial}}
	b.accounts[id] = a
	b.order = append(b.order, id)
	return a
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("no account %q", id)
	}
	if a.Frozen {
		return nil, fmt.Errorf("account %s: %w", id, ErrFrozen)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amt Cents) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %v %s->%s: %w", amt, from, to, err)
		}
	}()
	if amt <= 0 {
		return errors.New("amount must be positive")
	}
	src, err := b.get(from)
	if err != nil {
		return err
	}
	dst, err := b.get(to)
	if err != nil {
		return err
	}
	if src.Balance < amt {
		return InsufficientFunds{src.ID, src.Balance, amt}
	}
	src.Balance -= amt
	dst.Balance += amt
	src.History = append(src.History, -amt)
	dst.History = append(dst.History, amt)
	return nil
}

func main() {
	var bank Bank
	bank.Open("ACC-1", "Alice", 150000)
	bank.Open("ACC-2", "Bob", 2550)
	bank.Open("ACC-3", "Carol", 0).Frozen = true

	txs := []struct {
		from, to string
		amt      Cents
	}{
		{"ACC-1", "ACC-2", 12345},
		{"ACC-2", "ACC-1", 50000},
		{"ACC-1", "ACC-3", 100},
		{"ACC-9", "ACC-1", 100},
		{"ACC-2", "ACC-1", 0},
		{"ACC-2", "ACC-1", 14895},
	}
	for i, tx := range txs {
		err := bank.Transfer(tx.from, tx.to, tx.amt)
		var insuf InsufficientFunds
		switch {
		case err == nil:
			fmt.Printf("tx%d ok\n", i)
		case errors.As(err, &insuf):
			fmt.Printf("tx%d short by %v: %v\n", i, insuf.Need-insuf.Balance, err)
		case errors.Is(err, ErrFrozen):
			fmt.Printf("tx%d frozen: %v\n", i, err)
		default:
			fmt.Printf("tx%d failed: %v\n", i, err)
		}
	}
	fmt.Println(strings.Repeat("=", 30))
	for _, id := range bank.order {
		a := bank.accounts[id]
		var sum Cents
		for _, h := range a.History {
			sum += h
		}
		fmt.Printf("%s %-6s %12v history=%v consistent=%t\n", a.ID, a.Owner, a.Balance, a.History, sum == a.Balance)
	}
	fmt.Println(Cents(-5), Cents(7), Cents(100000))
}
