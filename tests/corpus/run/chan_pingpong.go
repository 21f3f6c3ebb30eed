package main

import "fmt"

type Ball struct{ Hits int }

func player(name string, table chan *Ball, done chan string, rounds int) {
	for {
		ball := <-table
		ball.Hits++
		if ball.Hits > rounds {
			done <- fmt.Sprintf("the game stops at %d hits (%d letters)", ball.Hits-1, len(name))
			return
		}
		table <- ball
	}
}

func counter(limit int) (<-chan int, chan<- bool) {
	out := make(chan int)
	quit := make(chan bool)
	go func() {
		defer close(out)
		for i := 0; i < limit; i++ {
			out <- i
		}
	}()
	return out, quit
}

func main() {
	table := make(chan *Ball)
	done := make(chan string)
	go player("ping", table, done, 10)
	go player("pong", table, done, 10)
	table <- new(Ball)
	fmt.Println(<-done)

	sum := 0
	nums, _ := counter(1000)
	for n := range nums {
		sum += n
	}
	fmt.Println("sum", sum)

	// Many goroutines, each handing its number back on one channel.
	const n = 1000
	back := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) { back <- i * 2 }(i)
	}
	total := 0
	for i := 0; i < n; i++ {
		total += <-back
	}
	fmt.Println("total", total)

	// A goroutine spinning without ever blocking still lets main run.
	flag := make(chan int, 1)
	go func() {
		spins := 0
		for spins < 200000 {
			spins++
		}
		flag <- spins
	}()
	fmt.Println("spins", <-flag)
}
