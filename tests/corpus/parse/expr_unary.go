package main

import "fmt"

type node struct{ val int }

func main() {
	x := 5
	b := true
	var u uint8 = 0x0F

	pos := +x
	neg := -x
	not := !b
	comp := ^x
	ucomp := ^u
	ptr := &x
	deref := *ptr
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	recv := <-ch

	// Stacked unary operators.
	dbl := - -x
	nn := !!b
	cc := ^^x
	mixed := -^x
	pp := &ptr
	dd := **pp
	addrLit := &node{val: 9}
	addrField := &addrLit.val
	*addrField = 10
	neg2 := -(-x)
	fromChan := -<-ch

	// Unary operators in larger expressions.
	sum := -x + +x - ^0
	cond := !b || !(x > 3) && !not

	fmt.Println(pos, neg, not, comp, ucomp, deref, recv, dbl, nn, cc, mixed, dd, addrLit.val, neg2, fromChan, sum, cond)
}
