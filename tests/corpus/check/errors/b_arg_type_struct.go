// A struct value passed where a pointer is expected, and a slice passed
// to a variadic parameter without the ... that spreads it.
package main

import "fmt"

type Point struct {
	X, Y int
}

func move(p *Point, dx, dy int) {
	p.X += dx
	p.Y += dy
}

func sum(xs ...int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	p := Point{1, 2}
	move(p, 3, 4) // ERROR col=7 "cannot use p (variable of struct type Point) as *Point value in argument to move"
	nums := []int{1, 2, 3}
	fmt.Println(p, sum(nums)) // ERROR col=21 "cannot use nums (variable of type []int) as int value in argument to sum"
}
