package main

import "fmt"

func double(x int) int { return 2 * x }

func main() {
	const n = 1000000
	sum := 0
	for i := 0; i < n; i++ {
		t := spawn(double, i)
		sum += await(t).(int)
	}
	fmt.Println(sum)
}
