package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	picked := map[string]int{}
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			picked["a"]++
			<-b
		case <-b:
			picked["b"]++
			<-a
		}
	}
	fmt.Println("both chosen:", picked["a"] > 100 && picked["b"] > 100, picked["a"]+picked["b"])
	var never chan int
	done := make(chan bool)
	go func() {
		select {
		case <-never:
		case done <- true:
		}
	}()
	fmt.Println(<-done)
}
