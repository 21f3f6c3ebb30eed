package main

import (
	"fmt"
	"sort"
	"strings"
)

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) Deposit(n int)  { a.Balance += n }
func (a *Account) Withdraw(n int) { a.Balance -= n }
func (a Account) Report() string  { return fmt.Sprintf("%s has %d", a.Owner, a.Balance) }

type Calc struct{ acc float64 }

func (c *Calc) Add(x float64) *Calc { c.acc += x; return c }
func (c *Calc) Mul(x float64) *Calc { c.acc *= x; return c }
func (c Calc) Value() float64       { return c.acc }

type Greeter interface{ Greet(name string) string }

type English struct{}
type Pirate struct{ Loud bool }

func (English) Greet(n string) string { return "Hello, " + n }
func (p Pirate) Greet(n string) string {
	g := "Ahoy, " + n
	if p.Loud {
		g = strings.ToUpper(g) + "!"
	}
	return g
}

func main() {
	acct := &Account{Owner: "ann"}
	ops := map[string]func(int){
		"dep": acct.Deposit,
		"wd":  acct.Withdraw,
	}
	for _, step := range []struct {
		op string
		n  int
	}{{"dep", 100}, {"wd", 30}, {"dep", 5}, {"bogus", 1}} {
		if f, ok := ops[step.op]; ok {
			f(step.n)
		} else {
			fmt.Println("unknown op", step.op)
		}
	}
	fmt.Println(acct.Report())

	// A method value with a value receiver copies the receiver at evaluation time.
	report := acct.Report
	acct.Deposit(1000)
	fmt.Println("bound earlier:", report(), "| now:", acct.Report())

	// Method expressions take the receiver as the first argument.
	deposit := (*Account).Deposit
	reportExpr := Account.Report
	other := Account{Owner: "bob"}
	deposit(&other, 42)
	fmt.Println(reportExpr(other))
	fmt.Printf("%T | %T\n", deposit, reportExpr)

	exprs := map[string]func(*Calc, float64) *Calc{"+": (*Calc).Add, "*": (*Calc).Mul}
	c := &Calc{}
	for _, tok := range strings.Fields("+ 3 * 4 + 0.5 * 2") {
		if f, ok := exprs[tok]; ok {
			exprs["next"] = f
			continue
		}
		var x float64
		for _, r := range tok {
			if r >= '0' && r <= '9' {
				x = x*10 + float64(r-'0')
			}
		}
		if strings.Contains(tok, ".") {
			x = 0.5
		}
		exprs["next"](c, x)
	}
	fmt.Println("calc:", c.Value(), new(Calc).Add(2).Mul(21).Value())

	greeters := map[string]Greeter{"en": English{}, "pirate": Pirate{}, "loud": Pirate{Loud: true}}
	keys := make([]string, 0, len(greeters))
	for k := range greeters {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	funcs := []func(string) string{}
	for _, k := range keys {
		funcs = append(funcs, greeters[k].Greet)
	}
	for i, f := range funcs {
		fmt.Printf("%s: %s\n", keys[i], f("Jim"))
	}
	greetExpr := Greeter.Greet
	fmt.Println(greetExpr(Pirate{true}, "you"))
}
