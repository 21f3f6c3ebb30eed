package main

import (
	"fmt"
	"strings"
)

// A pipeline of three stages connected by channels, as in the Go blog's
// "Pipelines and cancellation": generate, square, then sum.

func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

type Stats struct {
	Count, Sum int
	Seen       []string
}

func (s *Stats) Add(n int) {
	s.Count++
	s.Sum += n
	s.Seen = append(s.Seen, fmt.Sprint(n))
}

func (s Stats) String() string {
	return fmt.Sprintf("%d values, sum %d: %s", s.Count, s.Sum, strings.Join(s.Seen, "+"))
}

func main() {
	var st Stats
	for v := range square(square(generate(1, 2, 3, 4))) {
		st.Add(v)
	}
	fmt.Println(st)

	// A buffered channel as a queue: len and cap, then drain it.
	q := make(chan string, 3)
	q <- "alpha"
	q <- "beta"
	fmt.Println(len(q), cap(q))
	close(q)
	for {
		w, ok := <-q
		if !ok {
			fmt.Println("closed; zero value:", fmt.Sprintf("%q", w))
			break
		}
		fmt.Println("dequeued", w)
	}

	// Channels of structs copy the value: the receiver's copy is its own.
	type point struct{ X, Y int }
	pc := make(chan point, 1)
	p := point{1, 2}
	pc <- p
	p.X = 100
	got := <-pc
	fmt.Println(got, p)

	// A channel of channels: each request carries its reply channel.
	type request struct {
		n     int
		reply chan int
	}
	reqs := make(chan request)
	go func() {
		for r := range reqs {
			r.reply <- r.n * 10
		}
	}()
	for i := 1; i <= 3; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Println("reply", <-r.reply)
	}
	close(reqs)
	var nilch chan int
	fmt.Println(len(nilch), cap(nilch), nilch == nil)
}
