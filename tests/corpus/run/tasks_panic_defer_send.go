package main

import (
	"errors"
	"fmt"
	"time"
)

type result struct {
	id  int
	err error
}

func work(id int, out chan<- result) {
	defer func() {
		if r := recover(); r != nil {
			out <- result{id, fmt.Errorf("worker %d: %v", id, r)}
			return
		}
		out <- result{id, nil}
	}()
	time.Sleep(time.Duration(id) * time.Millisecond)
	if id%2 == 0 {
		panic(errors.New("even id"))
	}
}

func chain() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	out := make(chan result)
	for i := 1; i <= 4; i++ {
		go work(i, out)
	}
	time.Sleep(10 * time.Millisecond)
	var errs []string
	for i := 0; i < 4; i++ {
		r := <-out
		if r.err != nil {
			errs = append(errs, r.err.Error())
		}
	}
	fmt.Println(len(errs))
	fmt.Println(chain())
	defer fmt.Println("deferred in main")
	func() {
		defer func() { fmt.Println("inner recovered:", recover()) }()
		var m map[string]int
		m["x"] = 1
	}()
}
