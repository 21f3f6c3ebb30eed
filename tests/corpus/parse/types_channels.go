package main

import "fmt"

// Channel types in all directions, including nested channel types.
type (
	Bidirectional chan int
	SendOnly      chan<- int
	RecvOnly      <-chan int
	SendOfChan    chan<- chan int
	RecvOfRecv    <-chan <-chan int
	ChanOfRecv    chan (<-chan int)
	ChanOfSend    chan chan<- int
	SendOfRecv    chan<- <-chan int
	RecvOfSend    <-chan chan<- int
	ChanChanChan  chan chan chan struct{}
	ChanOfFunc    chan func() error
	ChanOfEmpty   chan struct{}
)

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- bool) {
	total := 0
	for v := range in {
		total += v
	}
	fmt.Println("total", total)
	done <- true
}

func relay(src <-chan <-chan int) <-chan int {
	return <-src
}

func main() {
	c := make(chan int)
	done := make(chan bool)
	go producer(c, 5)
	go consumer(c, done)
	<-done

	outer := make(chan (<-chan int), 1)
	inner := make(chan int, 1)
	inner <- 42
	outer <- inner
	fmt.Println(<-relay(outer))

	var s SendOfChan = make(chan chan int, 1)
	var rr RecvOfRecv = make(<-chan <-chan int)
	var signal ChanOfEmpty = make(chan struct{}, 1)
	signal <- struct{}{}
	fmt.Println(cap(s), rr == nil, len(signal))
}
