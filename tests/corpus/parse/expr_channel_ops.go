package main

import "fmt"

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			out <- i * i
		}
		close(out)
	}()
	return out
}

func main() {
	ch := make(chan int, 4)

	// Send statements.
	ch <- 1
	ch <- 1 + 2
	ch <- -1
	x := 10
	ch <- x * 2

	// Receive expressions.
	a := <-ch
	b, ok := <-ch
	<-ch
	sum := <-ch + a

	// Send the result of a receive, and receive from a call result.
	other := make(chan int, 1)
	ch <- 5
	other <- <-ch
	first := <-generate(3)

	// Receive of a receive, and channels of channels.
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	inner <- 99
	cc <- inner
	deep := <-<-cc

	// Receive in conditions and arguments.
	ch <- 3
	if v := <-ch; v > 2 {
		fmt.Println("big", v)
	}
	ch <- 4
	fmt.Println(<-ch, <-other)

	// Directional conversion and a receive from a parenthesized expression.
	var ro <-chan int = ch
	ch <- 6
	r := <-(ro)

	fmt.Println(a, b, ok, sum, first, deep, r)
}
