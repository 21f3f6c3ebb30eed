package main

import (
	"errors"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			var re interface{ RuntimeError() }
			fmt.Printf("%s: %v (runtime error: %t)\n", name, err, errors.As(err, &re))
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	closed := make(chan int, 1)
	close(closed)
	try("send on closed", func() { closed <- 1 })
	try("close twice", func() { close(closed) })
	try("close nil", func() {
		var c chan string
		close(c)
	})
	v, ok := <-closed
	fmt.Println("receive from closed:", v, ok)
	try("negative size", func() {
		n := -1
		_ = make(chan int, n)
	})
}
