package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrRange = errors.New("value out of range")

type RomanError struct {
	Input string
	Pos   int
	Msg   string
}

func (e *RomanError) Error() string {
	return fmt.Sprintf("roman %q at %d: %s", e.Input, e.Pos, e.Msg)
}

var table = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("ToRoman(%d): %w", n, ErrRange)
	}
	var sb strings.Builder
	for _, t := range table {
		for n >= t.value {
			sb.WriteString(t.symbol)
			n -= t.value
		}
	}
	return sb.String(), nil
}

func FromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, &RomanError{s, i, fmt.Sprintf("bad symbol %c", s[i])}
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	// Canonical check: converting back must give the same string.
	back, err := ToRoman(total)
	if err != nil {
		return 0, err
	}
	if back != s {
		return 0, &RomanError{Input: s, Pos: -1, Msg: "non-canonical, expected " + back}
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Printf("%4d -> error: %v (range=%t)\n", n, err, errors.Is(err, ErrRange))
			continue
		}
		fmt.Printf("%4d -> %s\n", n, r)
	}
	for _, s := range []string{"MCMXCIV", "XLII", "IIII", "MMXZ", "IC", "MMMCMXCIX", ""} {
		n, err := FromRoman(s)
		var re *RomanError
		switch {
		case errors.As(err, &re):
			fmt.Printf("%-10s invalid: %v [pos=%d]\n", s, re, re.Pos)
		case err != nil:
			fmt.Printf("%-10s error: %v\n", s, err)
		default:
			fmt.Printf("%-10s = %d\n", s, n)
		}
	}
	sum := 0
	for _, s := range strings.Split("XII,IX,CL,MD", ",") {
		n, _ := FromRoman(s)
		sum += n
	}
	r, _ := ToRoman(sum)
	fmt.Println("sum:", sum, r)
}
