// Slices, maps and functions can only be compared to nil.
package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []int{1, 2}
	fmt.Println(a == b) // ERROR col=14 "invalid operation: a == b (slice can only be compared to nil)"
	m1 := map[string]int{}
	m2 := m1
	fmt.Println(m1 != m2) // ERROR col=14 "invalid operation: m1 != m2 (map can only be compared to nil)"
	f := func() {}
	g := f
	fmt.Println(f == g, a == nil, f != nil) // ERROR col=14 "invalid operation: f == g (func can only be compared to nil)"
}
