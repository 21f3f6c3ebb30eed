// Loops are terminating statements only when they have no condition and
// no break. A for with a condition, a range loop, and an endless loop left
// with a labeled break all fall off the end of the function.
package main

import "fmt"

func indexOf(xs []string, want string) int {
	i := 0
	for i < len(xs) {
		if xs[i] == want {
			return i
		}
		i++
	}
} // ERROR col=1 "missing return"

func firstNegative(nums []int) (int, bool) {
	for _, n := range nums {
		if n < 0 {
			return n, true
		}
	}
} // ERROR col=1 "missing return"

func waitReady(polls []bool) int {
	tries := 0
outer:
	for {
		for _, ready := range polls {
			tries++
			if ready {
				break outer
			}
		}
		return -1
	}
} // ERROR col=1 "missing return"

func main() {
	fmt.Println(indexOf([]string{"a", "b"}, "b"))
	fmt.Println(firstNegative([]int{3, -1}))
	fmt.Println(waitReady([]bool{false, true}))
}
