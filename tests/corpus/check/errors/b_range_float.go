// range over floating-point values: a float64 total and an untyped
// float constant. (Range over an integer is valid since Go 1.22, but not
// over a float.)
package main

import (
	"fmt"
	"math"
)

const steps = 4.0

type Account struct {
	Owner   string
	Balance float64
}

func main() {
	acct := Account{Owner: "kim", Balance: 250.75}
	for i := range acct.Balance { // ERROR col=17 "cannot range over acct.Balance (variable of type float64)"
		fmt.Println(i)
	}
	for s := range 2.5 { // ERROR col=17 "cannot range over 2.5 (untyped float constant)"
		fmt.Println(math.Sqrt(float64(s)))
	}
	fmt.Println(acct.Owner, steps)
}
