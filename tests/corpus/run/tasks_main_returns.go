package main

import (
	"fmt"
	"task"
)

// When main returns, the program ends at once with main's status: a
// task spinning forever, one blocked on a channel and one asleep are
// canceled, not awaited.

func spin() {
	for i := 0; ; i++ {
	}
}

func main() {
	spinner := spawn(spin)
	blocked := make(chan int)
	go func() {
		<-blocked
		fmt.Println("never printed")
	}()
	go func() {
		task.Sleep(60000)
		fmt.Println("never printed either")
	}()
	task.Sleep(2)
	fmt.Println("spinner is", task.Status(spinner))
	fmt.Println("main returns")
}
