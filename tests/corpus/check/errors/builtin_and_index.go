// len of an int, and a constant index outside an array's bounds. Go
// 1.19 said "for len"; current Go says "for built-in len".
package main

import "fmt"

func main() {
	n := 10
	fmt.Println(len(n)) // ERROR col=18 "invalid argument: n (variable of type int) for built-in len"
	var week [7]string
	week[0] = "mon"
	fmt.Println(week[7]) // ERROR col=19 "invalid argument: index 7 out of bounds [0:7]"
	fmt.Println(len(week), week[6])
}
