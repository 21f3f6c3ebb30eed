package main

import "fmt"

// A go statement's task that panics is reported on standard error and
// interrupts nobody: main goes on and ends with status 0.

func parse(s string, done chan<- bool) {
	defer func() { done <- true }()
	if s == "" {
		panic("empty input")
	}
	fmt.Println("parsed", s)
}

func main() {
	done := make(chan bool)
	go parse("", done)
	<-done
	go parse("abc", done)
	<-done
	fmt.Println("main carries on")
}
