package main

import (
	"fmt"
	"strings"
)

type event struct {
	kind string
	n    int
}

func producer(name string, n int, out chan<- event, done chan<- string) {
	for i := 1; i <= n; i++ {
		out <- event{name, i}
	}
	done <- name
}

func main() {
	nums := make(chan event)
	words := make(chan event)
	done := make(chan string)
	go producer("num", 3, nums, done)
	go producer("word", 2, words, done)
	finished := 0
	counts := map[string]int{}
	for finished < 2 {
		select {
		case e := <-nums:
			counts[e.kind] += e.n
		case e, ok := <-words:
			if ok {
				counts[e.kind] += e.n
			}
		case name := <-done:
			finished++
			_ = name
		}
	}
	fmt.Println(counts)

	// default makes a non-blocking send and receive.
	c := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case c <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
		}
	}
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("empty")
	}
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("empty")
	}

	// A closed channel's case is always ready; a nil channel's never.
	var nilc chan int
	closed := make(chan int)
	close(closed)
	select {
	case <-nilc:
		fmt.Println("nil channel?")
	case v, ok := <-closed:
		fmt.Println("closed:", v, ok)
	}

	// A quit channel stops a generator.
	quit := make(chan bool)
	gen := make(chan string)
	go func() {
		for i := 0; ; i++ {
			select {
			case gen <- strings.Repeat("*", i):
			case <-quit:
				close(gen)
				return
			}
		}
	}()
	for i := 0; i < 4; i++ {
		fmt.Printf("%q\n", <-gen)
	}
	quit <- true
	_, ok := <-gen
	fmt.Println("generator done:", !ok)

	// Breaking out of a select inside a loop needs a label.
	ticks := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ticks <- i
	}
	close(ticks)
	sum := 0
loop:
	for {
		select {
		case t, ok := <-ticks:
			if !ok {
				break loop
			}
			if t == 3 {
				break
			}
			sum += t
		}
	}
	fmt.Println("sum", sum)
}
