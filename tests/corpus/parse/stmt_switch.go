package main

import (
	"fmt"
	"runtime"
	"time"
)

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "F"
	case score >= 70:
		return "C"
	}
}

func main() {
	// Tag switch with multiple values per case.
	switch c := 'e'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	case 'y':
		fmt.Println("sometimes")
	default:
		fmt.Println("consonant")
	}

	// Init statement with no tag.
	switch hour := time.Now().Hour(); {
	case hour < 12:
		fmt.Println("morning")
	case hour < 17:
		fmt.Println("afternoon")
	default:
		fmt.Println("evening")
	}

	// Tag from a function call, default in the middle.
	switch os := runtime.GOOS; os {
	case "darwin":
		fmt.Println("mac")
	default:
		fmt.Println(os)
	case "linux":
		fmt.Println("linux")
	}

	// Fallthrough.
	switch n := 2; n {
	case 1:
		fmt.Println("one")
		fallthrough
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three or fell through")
	case 4:
	}

	// Empty switch, switch with only default, and break inside a case.
	switch {
	}
	switch x := 5; x {
	default:
		if x > 1 {
			break
		}
		fmt.Println("unreachable")
	}

	// Case expressions that are not constants.
	a, b := 3, 3
	switch a {
	case b:
		fmt.Println("equal")
	case b + 1, b * 2:
		fmt.Println("other")
	}

	// Empty init with a tag.
	switch ; a {
	case 3:
		fmt.Println(grade(95), grade(85), grade(75), grade(10))
	}
}
