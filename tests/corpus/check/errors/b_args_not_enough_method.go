// A method call with its last argument missing. Go adds:
//	have (*Account)
//	want (*Account, float64)
package main

import (
	"errors"
	"fmt"
)

type Account struct {
	Owner   string
	Balance float64
}

func (a *Account) Transfer(to *Account, amount float64) error {
	if amount > a.Balance {
		return errors.New("insufficient funds")
	}
	a.Balance -= amount
	to.Balance += amount
	return nil
}

func main() {
	alice := &Account{Owner: "alice", Balance: 100}
	bob := &Account{Owner: "bob"}
	if err := alice.Transfer(bob); err != nil { // ERROR col=27 "not enough arguments in call to alice.Transfer"
		fmt.Println(err)
	}
	fmt.Printf("%s %.2f, %s %.2f\n", alice.Owner, alice.Balance, bob.Owner, bob.Balance)
}
