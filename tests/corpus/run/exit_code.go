package main

import (
	"fmt"
	"os"
)

func check(ok bool, code int) {
	if !ok {
		fmt.Println("failing with", code)
		os.Exit(code)
	}
}

func main() {
	defer fmt.Println("never printed: os.Exit skips deferred calls")
	check(true, 1)
	check(false, 3)
	fmt.Println("not reached")
}
