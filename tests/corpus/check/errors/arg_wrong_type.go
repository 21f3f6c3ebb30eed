// Arguments of the wrong type in calls.
package main

import "fmt"

func double(n int) int { return 2 * n }

func sum(xs []int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	s := "21"
	fmt.Println(double(s))                // ERROR col=21 "cannot use s (variable of type string) as int value in argument to double"
	fmt.Println(sum([]string{"1", "2"})) // ERROR col=18 "cannot use []string{…} (value of type []string) as []int value in argument to sum"
	fmt.Println(double(len(s)))
}
