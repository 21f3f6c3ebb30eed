package main

import (
	"fmt"
	"os"
	"sync"
)

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("closing", r.name) }

func worker(id int, wg *sync.WaitGroup, results chan<- string) {
	defer wg.Done()
	results <- fmt.Sprint("worker ", id)
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 4)

	// go with a named function, a method value and a function literal.
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go worker(i, &wg, results)
	}
	wg.Add(1)
	go func(msg string) {
		defer wg.Done()
		results <- msg
	}("closure")
	r := &resource{"file"}
	wg.Add(1)
	go (func() { defer wg.Done(); results <- "parenthesized" })()
	wg.Wait()
	close(results)
	for s := range results {
		fmt.Println(s)
	}

	// defer with methods, builtins, closures and arguments evaluated early.
	defer r.Close()
	defer fmt.Println("deferred print")
	defer func() { fmt.Println("deferred closure") }()
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	f, err := os.Open(os.DevNull)
	if err == nil {
		defer f.Close()
	}
	m := map[string]int{"a": 1}
	defer delete(m, "a")
	defer (r.Close)()
	fmt.Println(safeDiv(1, 0))
}
