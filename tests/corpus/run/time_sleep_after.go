package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		done <- "slow"
	}()
	go func() {
		time.Sleep(10 * time.Millisecond)
		done <- "fast"
	}()
	fmt.Println(<-done, <-done)
	select {
	case <-done:
		fmt.Println("unexpected")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	res := make(chan int)
	go func() {
		time.Sleep(5 * time.Millisecond)
		res <- 7
	}()
	select {
	case v := <-res:
		fmt.Println("result", v)
	case <-time.After(time.Second):
		fmt.Println("too slow")
	}
	// A task that sleeps lets a spinning one run meanwhile.
	finished := make(chan int)
	go func() {
		n := 0
		for i := 0; i < 1000000; i++ {
			n++
		}
		finished <- n
	}()
	time.Sleep(time.Millisecond)
	fmt.Println(<-finished, time.Since(start) >= 30*time.Millisecond)
}
