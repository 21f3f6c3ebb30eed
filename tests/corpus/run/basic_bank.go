package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	History []int
}

func NewAccount(owner string, initial int) *Account {
	a := &Account{Owner: owner}
	a.Deposit(initial)
	return a
}

func (a *Account) Deposit(amount int) {
	a.Balance += amount
	a.History = append(a.History, amount)
}

func (a *Account) Withdraw(amount int) bool {
	if amount > a.Balance {
		return false
	}
	a.Balance -= amount
	a.History = append(a.History, -amount)
	return true
}

type Bank struct {
	accounts map[string]*Account
	order    []string
}

func (b *Bank) Open(owner string, initial int) {
	if b.accounts == nil {
		b.accounts = map[string]*Account{}
	}
	b.accounts[owner] = NewAccount(owner, initial)
	b.order = append(b.order, owner)
}

func (b *Bank) Transfer(from, to string, amount int) bool {
	src, ok1 := b.accounts[from]
	dst, ok2 := b.accounts[to]
	if !ok1 || !ok2 {
		return false
	}
	if !src.Withdraw(amount) {
		return false
	}
	dst.Deposit(amount)
	return true
}

func (b *Bank) Total() int {
	t := 0
	for _, a := range b.accounts {
		t += a.Balance
	}
	return t
}

func main() {
	var bank Bank
	bank.Open("ann", 100)
	bank.Open("bob", 50)
	bank.Open("cy", 0)
	fmt.Println(bank.Transfer("ann", "bob", 30))
	fmt.Println(bank.Transfer("bob", "cy", 500))
	fmt.Println(bank.Transfer("bob", "zed", 5))
	fmt.Println(bank.Transfer("bob", "cy", 80))
	for _, name := range bank.order {
		a := bank.accounts[name]
		fmt.Println(a.Owner, a.Balance, a.History)
	}
	fmt.Println("total", bank.Total())
}
