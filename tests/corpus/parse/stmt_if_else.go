package main

import (
	"fmt"
	"os"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	x := 10
	if x > 5 {
		fmt.Println("big")
	}

	if x > 100 {
		fmt.Println("huge")
	} else {
		fmt.Println("not huge")
	}

	// Init statements in if and else-if.
	if v, err := strconv.Atoi("42"); err != nil {
		fmt.Println("error:", err)
	} else if w := v * 2; w > 50 {
		fmt.Println("large", w)
	} else if _, err := os.Stat("/"); err == nil {
		fmt.Println("root exists", v)
	} else {
		fmt.Println("other", v, w)
	}

	// Init with a plain assignment, inc statement and send.
	var y int
	if y = x * 3; y > 20 {
		fmt.Println(y)
	}
	if x++; x == 11 {
		fmt.Println("incremented")
	}
	ch := make(chan int, 1)
	if ch <- 1; len(ch) == 1 {
		fmt.Println("sent")
	}

	// Nested ifs and empty blocks.
	if true {
		if false {
		} else {
		}
	}

	// Empty init statement.
	if ; x > 0 {
		fmt.Println(classify(x), classify(-1), classify(0), classify(7))
	}
}
