package main

import "fmt"

func worker(id int, results chan<- string, done chan<- int) {
	defer func() {
		done <- id
	}()
	defer func() {
		if r := recover(); r != nil {
			results <- fmt.Sprint("worker ", id, " recovered: ", r)
		}
	}()
	if id == 2 {
		panic("bad worker")
	}
	results <- fmt.Sprint("worker ", id, " ok")
}

func main() {
	results := make(chan string, 3)
	done := make(chan int)
	for i := 1; i <= 3; i++ {
		go worker(i, results, done)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-done
	}
	close(results)
	n := 0
	for r := range results {
		_ = r
		n++
	}
	fmt.Println(sum, n)
	total := func() (t int) {
		defer func() { t *= 2 }()
		defer func() { t += 10 }()
		return 1
	}()
	fmt.Println(total)
}
