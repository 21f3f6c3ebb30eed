// break and continue outside any loop (a function literal starts a new
// function, so the enclosing loop does not count).
package main

import "fmt"

func check(n int) {
	if n < 0 {
		break // ERROR col=3 "break is not in a loop, switch, or select"
	}
	fmt.Println(n)
}

func main() {
	for i := 0; i < 3; i++ {
		func() {
			if i == 1 {
				continue // ERROR col=5 "continue is not in a loop"
			}
		}()
	}
	check(1)
}
