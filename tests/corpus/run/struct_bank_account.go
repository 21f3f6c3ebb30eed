package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrFrozen = errors.New("account frozen")

type Transaction struct {
	Kind   string
	Amount int
}

type Account struct {
	ID      int
	Owner   string
	balance int
	frozen  bool
	log     []Transaction
}

func (a *Account) Deposit(n int) error {
	if a.frozen {
		return ErrFrozen
	}
	if n <= 0 {
		return fmt.Errorf("invalid deposit amount %d", n)
	}
	a.balance += n
	a.log = append(a.log, Transaction{"deposit", n})
	return nil
}

func (a *Account) Withdraw(n int) error {
	if a.frozen {
		return ErrFrozen
	}
	if n > a.balance {
		return fmt.Errorf("withdraw %d from account %d: %w", n, a.ID, ErrInsufficient)
	}
	a.balance -= n
	a.log = append(a.log, Transaction{"withdraw", n})
	return nil
}

func (a Account) Balance() int { return a.balance }

func (a *Account) Freeze() { a.frozen = true }

func (a Account) String() string {
	state := "active"
	if a.frozen {
		state = "frozen"
	}
	return fmt.Sprintf("Account#%d(%s, %d, %s)", a.ID, a.Owner, a.balance, state)
}

func main() {
	acc := &Account{ID: 1, Owner: "Grace"}
	steps := []struct {
		op  string
		amt int
	}{
		{"dep", 100}, {"wd", 30}, {"wd", 200}, {"dep", -5}, {"dep", 45},
	}
	for _, s := range steps {
		var err error
		if s.op == "dep" {
			err = acc.Deposit(s.amt)
		} else {
			err = acc.Withdraw(s.amt)
		}
		if err != nil {
			fmt.Println("error:", err)
			if errors.Is(err, ErrInsufficient) {
				fmt.Println("  (insufficient funds detected)")
			}
			continue
		}
		fmt.Println("ok", s.op, s.amt, "->", acc.Balance())
	}
	fmt.Println(acc)
	acc.Freeze()
	if err := acc.Deposit(10); err == ErrFrozen {
		fmt.Println("frozen:", err)
	}
	fmt.Println(*acc)
	fmt.Printf("%v\n", acc.log)
	fmt.Printf("%+v\n", acc.log[0])
	snapshot := *acc
	snapshot.Owner = "Copy"
	fmt.Println(acc.Owner, snapshot.Owner)
}
