package main

import (
	"fmt"
	"time"
)

func main() {
	in := make(chan int, 1)
	out := make(chan int, 1)
	quit := make(chan struct{})
	results := make([]int, 2)
	var ok bool
	var v int

	in <- 7
	for i := 0; i < 6; i++ {
		select {
		case out <- i:
			fmt.Println("sent", i)
		case x := <-in:
			fmt.Println("received", x)
		case y, more := <-out:
			fmt.Println("drained", y, more)
		case v = <-in:
			fmt.Println("assigned", v)
		case v, ok = <-in:
			fmt.Println("assigned with ok", v, ok)
		case results[0], ok = <-in:
			fmt.Println("into index", results[0], ok)
		case <-quit:
			return
		case <-time.After(time.Millisecond):
			fmt.Println("timeout")
		default:
			fmt.Println("nothing ready")
		}
	}

	// Empty select with only default, and a select with a receive of a receive.
	select {
	default:
	}
	chch := make(chan chan int, 1)
	inner := make(chan int, 1)
	inner <- 99
	chch <- inner
	select {
	case z := <-<-chch:
		fmt.Println(z)
	}

	// Labeled break out of a select inside a loop.
	close(quit)
loop:
	for {
		select {
		case <-quit:
			break loop
		}
	}

	// A select with no cases blocks forever; keep it in a never-called closure.
	_ = func() { select {} }
}
