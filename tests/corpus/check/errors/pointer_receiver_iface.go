// A value whose method has a pointer receiver does not implement the
// interface; its address does.
package main

import "fmt"

type Incrementer interface{ Inc() }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func bump(i Incrementer) { i.Inc() }

func main() {
	var c Counter
	bump(&c)
	bump(c) // ERROR col=7 "cannot use c (variable of struct type Counter) as Incrementer value in argument to bump: Counter does not implement Incrementer (method Inc has pointer receiver)"
	fmt.Println(c.n)
}
