package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// Tasks get copies of what they capture (Go-Mini's snapshot rule), so
// they share state through channels; a WaitGroup, a Mutex and their
// pointers keep their identity across the task boundary.

type tally struct {
	word  string
	count int
}

func countWord(w string, text []string, out chan<- tally, wg *sync.WaitGroup) {
	defer wg.Done()
	n := 0
	for _, t := range text {
		if t == w {
			n++
		}
	}
	out <- tally{w, n}
}

func main() {
	text := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	words := []string{"the", "fox", "cat"}
	out := make(chan tally, len(words))
	var wg sync.WaitGroup
	for _, w := range words {
		wg.Add(1)
		go countWord(w, text, out, &wg)
	}
	wg.Wait()
	close(out)
	var all []tally
	for t := range out {
		all = append(all, t)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].word < all[j].word })
	fmt.Println(all)

	// A Mutex makes critical sections exclusive even when a task sleeps
	// inside one: the log never shows two sections interleaved.
	var mu sync.Mutex
	log := make(chan string, 20)
	var wg2 sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg2.Add(1)
		go func(n string) {
			defer wg2.Done()
			mu.Lock()
			log <- "enter " + n
			time.Sleep(2 * time.Millisecond)
			log <- "leave " + n
			mu.Unlock()
		}(name)
	}
	wg2.Wait()
	close(log)
	var entries []string
	for e := range log {
		entries = append(entries, e)
	}
	ok := len(entries) == 6
	for i := 0; ok && i < 6; i += 2 {
		ok = strings.TrimPrefix(entries[i], "enter ") == strings.TrimPrefix(entries[i+1], "leave ")
	}
	fmt.Println(len(entries), ok)

	// RWMutex: readers together, a writer alone.
	var rw sync.RWMutex
	events := make(chan string, 10)
	var wg3 sync.WaitGroup
	rw.Lock()
	for i := 0; i < 2; i++ {
		wg3.Add(1)
		go func(i int) {
			defer wg3.Done()
			rw.RLock()
			events <- fmt.Sprint("read ", i)
			rw.RUnlock()
		}(i)
	}
	time.Sleep(time.Millisecond)
	events <- "writer done"
	rw.Unlock()
	wg3.Wait()
	close(events)
	first := <-events
	n := 1
	for range events {
		n++
	}
	fmt.Println(first, n)

	var once sync.Once
	inits := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { inits++ })
	}
	fmt.Println("inits", inits)

	var m sync.Mutex
	fmt.Println(m.TryLock(), m.TryLock())
	m.Unlock()

	defer func() { fmt.Println("recovered:", recover()) }()
	var bad sync.WaitGroup
	bad.Done()
}
