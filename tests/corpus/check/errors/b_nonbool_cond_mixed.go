// A bit mask used as a condition in an if statement, and a three-clause
// for loop whose condition is the counter itself.
package main

import "fmt"

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func describe(p Perm) string {
	s := ""
	if p & Read { // ERROR col=5 "non-boolean condition in if statement"
		s += "r"
	}
	if p&Write != 0 {
		s += "w"
	}
	return s
}

func countdown(n int) {
	for i := n; i; i-- { // ERROR col=14 "non-boolean condition in for statement"
		fmt.Println(i)
	}
}

func main() {
	fmt.Println(describe(Read | Write))
	countdown(3)
}
