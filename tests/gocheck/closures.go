package main

import "fmt"

func main() {
	count := 0
	limit := 10
	name := "x"
	p := 0
	ptr := &p
	inc := func() { count++ }
	show := func() int { return limit }
	for i := 0; i < 3; i++ {
		inc()
		defer func() { fmt.Println(i, name) }()
	}
	fmt.Println(show(), count, *ptr)
}
