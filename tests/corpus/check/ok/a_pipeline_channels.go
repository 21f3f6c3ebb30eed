// A three-stage pipeline with goroutines and channels: a generator, a
// pool of squaring workers, and a collector, with results sorted at the end.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type result struct {
	worker int
	in     int
	out    int
}

func generate(nums ...int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for _, n := range nums {
			ch <- n
		}
	}()
	return ch
}

func square(id int, in <-chan int, out chan<- result, done chan<- struct{}) {
	for n := range in {
		out <- result{id, n, n * n}
	}
	done <- struct{}{}
}

func fanOut(in <-chan int, workers int) <-chan result {
	out := make(chan result, 4)
	done := make(chan struct{})
	for i := 0; i < workers; i++ {
		go square(i, in, out, done)
	}
	go func() {
		for i := 0; i < workers; i++ {
			<-done
		}
		close(out)
	}()
	return out
}

func main() {
	results := fanOut(generate(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 3)
	var all []result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].in < all[j].in })
	parts := make([]string, len(all))
	sum := 0
	for i, r := range all {
		parts[i] = fmt.Sprintf("%d²=%d", r.in, r.out)
		sum += r.out
	}
	fmt.Println(strings.Join(parts, " "))
	jobs := 0
	for _, n := range perWorker {
		jobs += n
	}
	fmt.Println("sum:", sum, "jobs:", jobs, "workers used <= 3:", len(perWorker) <= 3)

	buffered := make(chan string, 2)
	buffered <- "a"
	buffered <- "b"
	fmt.Println(len(buffered), cap(buffered), <-buffered)
	close(buffered)
	v, ok := <-buffered
	v2, ok2 := <-buffered
	fmt.Printf("%q %t %q %t\n", v, ok, v2, ok2)
}
