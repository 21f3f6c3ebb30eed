// Ranging over a channel with an index and a value, as one would over a
// slice. A channel range yields only the received values.
package main

import "fmt"

type Jobs chan string

func produce(n int) Jobs {
	out := make(Jobs, n)
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("job-%d", i)
	}
	close(out)
	return out
}

func main() {
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		results <- i * i
	}
	close(results)
	for i, r := range results { // ERROR col=9 "range over results (variable of type chan int) permits only one iteration variable"
		fmt.Println(i, r)
	}
	for n, j := range produce(2) { // ERROR col=9 "range over produce(2) (value of chan type Jobs) permits only one iteration variable"
		fmt.Println(n, j)
	}
}
