// Channels: buffered and unbuffered, directional parameters, close and
// range over a channel, select with a default and a timeout.
package main

import (
	"fmt"
	"time"
)

func produce(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func square(in <-chan int, out chan<- string) {
	for v := range in {
		out <- fmt.Sprint("v=", v)
	}
	close(out)
}

func main() {
	nums := make(chan int, 3)
	strs := make(chan string)
	go produce(5, nums)
	go square(nums, strs)
	for s := range strs {
		fmt.Println(s)
	}

	done := make(chan struct{})
	results := make(chan int, 1)
	go func() {
		defer close(done)
		results <- 42
	}()
	<-done
	select {
	case r := <-results:
		fmt.Println("result", r)
	default:
		fmt.Println("nothing yet")
	}

	timeout := time.After(50 * time.Millisecond)
	tick := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			tick <- i
		}
	}()
	for count := 0; ; {
		select {
		case t, ok := <-tick:
			if !ok {
				return
			}
			count += t
			fmt.Println("tick", t, count)
		case <-timeout:
			fmt.Println("timeout after", count)
			return
		}
	}
}
