package main

import "fmt"

func main() {
	const n = 100000
	start := make(chan int)
	done := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			v := <-start
			done <- v + i
		}(i)
	}
	for i := 0; i < n; i++ {
		start <- 1
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	fmt.Println(sum)
}
