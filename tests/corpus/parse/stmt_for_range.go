package main

import "fmt"

func main() {
	nums := []int{10, 20, 30}
	ages := map[string]int{"ann": 31, "bob": 27}

	// Key and value.
	for i, v := range nums {
		fmt.Println(i, v)
	}

	// Only the key.
	for i := range nums {
		fmt.Println(i)
	}

	// Blank key, value only.
	for _, v := range nums {
		fmt.Println(v)
	}

	// Both blank.
	for _, _ = range nums {
	}

	// Map, string and array pointer.
	for name, age := range ages {
		fmt.Println(name, age)
	}
	for pos, r := range "héllo, 世界" {
		fmt.Println(pos, r)
	}
	arr := [3]string{"a", "b", "c"}
	for i, s := range &arr {
		fmt.Println(i, s)
	}

	// No iteration variables.
	for range nums {
		fmt.Println("tick")
	}

	// Channels: with a value and without variables.
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	done := make(chan struct{})
	close(done)
	for range done {
	}

	// Range over an integer (Go 1.22).
	for i := range 10 {
		fmt.Println(i)
	}
	for range 3 {
		fmt.Println("three times")
	}

	// Assignment instead of declaration.
	var idx, val int
	for idx, val = range nums {
	}
	for idx = range nums {
	}
	var key string
	m := map[string]int{}
	for key, m["seen"] = range ages {
	}

	// Range over a composite literal and a function call.
	for _, w := range []string{"x", "y"} {
		fmt.Println(w)
	}
	for i := range make([]bool, 2) {
		fmt.Println(i)
	}
	fmt.Println(idx, val, key)
}
