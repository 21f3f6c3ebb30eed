package main

import (
	"fmt"
	"strings"
)

type Account struct{ balance int }

func (a Account) Balance() int        { return a.balance }
func (a *Account) Deposit(n int)      { a.balance += n }
func (a Account) Describe(p string) string { return fmt.Sprintf("%s%d", p, a.balance) }

type Greeter interface{ Greet(name string) string }

type english struct{}

func (english) Greet(name string) string { return "Hello, " + name }

func main() {
	acct := &Account{10}

	// Method values bound to a receiver.
	dep := acct.Deposit
	bal := acct.Balance
	desc := (*acct).Describe
	dep(5)
	dep(5)

	// Method expressions on value and pointer types.
	depositExpr := (*Account).Deposit
	balanceExpr := Account.Balance
	ptrBalance := (*Account).Balance
	describeExpr := Account.Describe
	depositExpr(acct, 100)

	// Interface method expression and method value.
	greetExpr := Greeter.Greet
	var g Greeter = english{}
	greet := g.Greet

	// Package-level functions and methods of other packages as values.
	upper := strings.ToUpper
	var sb strings.Builder
	write := sb.WriteString
	write("built")
	builderLen := (*strings.Builder).Len

	// Method value from a composite literal and from a call result.
	lit := Account{7}.Balance
	fromCall := newAccount().Describe

	fmt.Println(bal(), balanceExpr(*acct), ptrBalance(acct), describeExpr(*acct, "$"), desc("#"))
	fmt.Println(greetExpr(english{}, "Ann"), greet("Bob"), upper("x"), sb.String(), builderLen(&sb), lit(), fromCall(">"))
}

func newAccount() *Account { return &Account{1} }
