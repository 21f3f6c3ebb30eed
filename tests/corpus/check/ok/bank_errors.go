// Sentinel errors, wrapping with %w, errors.Is and errors.As with a custom
// error type.
package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type AccountError struct {
	ID  int
	Err error
}

func (e *AccountError) Error() string { return fmt.Sprintf("account %d: %v", e.ID, e.Err) }
func (e *AccountError) Unwrap() error { return e.Err }

type Account struct {
	ID      int
	Balance int64
}

func (a *Account) Withdraw(n int64) error {
	if n <= 0 {
		return &AccountError{a.ID, fmt.Errorf("invalid amount %d", n)}
	}
	if n > a.Balance {
		return &AccountError{a.ID, fmt.Errorf("withdraw %d: %w", n, ErrInsufficient)}
	}
	a.Balance -= n
	return nil
}

func transfer(from, to *Account, n int64) error {
	if err := from.Withdraw(n); err != nil {
		return fmt.Errorf("transfer to %d failed: %w", to.ID, err)
	}
	to.Balance += n
	return nil
}

func main() {
	a := &Account{ID: 1, Balance: 100}
	b := &Account{ID: 2}
	for _, amt := range []int64{30, 80, -5} {
		err := transfer(a, b, amt)
		switch {
		case err == nil:
			fmt.Println("ok", a.Balance, b.Balance)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("not enough money:", err)
		default:
			var ae *AccountError
			if errors.As(err, &ae) {
				fmt.Println("account problem on", ae.ID, "->", errors.Unwrap(ae))
			}
		}
	}
}
