// switch without a tag, with init statements, multiple values per case
// and fallthrough chains, used to grade and classify input.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Grade byte

func grade(score int) Grade {
	switch {
	case score < 0, score > 100:
		return '?'
	case score >= 90:
		return 'A'
	case score >= 80:
		return 'B'
	case score >= 70:
		return 'C'
	default:
		return 'F'
	}
}

func perks(g Grade) []string {
	var out []string
	switch g {
	case 'A':
		out = append(out, "certificate")
		fallthrough
	case 'B':
		out = append(out, "badge")
		fallthrough
	case 'C':
		out = append(out, "pass")
	case 'F':
		out = append(out, "retake")
	}
	return out
}

func classify(r rune) string {
	switch lower := unicode.ToLower(r); {
	case strings.ContainsRune("aeiou", lower):
		return "vowel"
	case unicode.IsLetter(r):
		return "consonant"
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsSpace(r):
		return "space"
	}
	return "other"
}

func daysIn(month int, leap bool) int {
	switch month {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if leap {
			return 29
		}
		return 28
	}
	return 31
}

func main() {
	for _, s := range []int{95, 85, 72, 40, 101} {
		g := grade(s)
		fmt.Printf("%3d %c %v\n", s, g, perks(g))
	}
	counts := map[string]int{}
	for _, r := range "Hi 2 you!" {
		counts[classify(r)]++
	}
	fmt.Println(counts)

	total := 0
	for m := 1; m <= 12; m++ {
		total += daysIn(m, true)
	}
	fmt.Println("days in a leap year:", total)

	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5, 6:
		fmt.Println("medium")
		fallthrough
	case 7:
		fmt.Println("also runs case 7 body")
	default:
		fmt.Println("large")
	}
	switch {
	}
	fmt.Println("done")
}
