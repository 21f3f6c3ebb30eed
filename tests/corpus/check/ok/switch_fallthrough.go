// Expression switches: init statements, lists of values, no-condition
// switches, fallthrough, and break out of a switch.
package main

import "fmt"

func grade(score int) string {
	switch s := score / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	case 6:
		return "D"
	}
	return "F"
}

func sizeClass(n int) []string {
	var tags []string
	switch {
	case n > 1000:
		tags = append(tags, "huge")
		fallthrough
	case n > 100:
		tags = append(tags, "big")
		fallthrough
	case n > 10:
		tags = append(tags, "medium")
	default:
		tags = append(tags, "small")
	}
	return tags
}

func vowels(s string) (n int) {
	for _, r := range s {
		switch r {
		case 'a', 'e', 'i', 'o', 'u':
			n++
		case ' ':
			break
		default:
			if r == 'y' {
				n++
			}
		}
	}
	return
}

func main() {
	for _, s := range []int{100, 95, 81, 70, 64, 12} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	fmt.Println(sizeClass(5000), sizeClass(50), sizeClass(1))
	fmt.Println(vowels("a yellow submarine"))
	switch x := 5; {
	case x > 3:
		fmt.Println("big x")
	}
}
