package main

import (
	"errors"
	"fmt"
	"strings"
)

type numeral struct {
	value  int
	symbol string
}

var table = []numeral{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range")

type SyntaxError struct {
	Input string
	Pos   int
	Msg   string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("roman %q at %d: %s", e.Input, e.Pos, e.Msg)
}

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("ToRoman(%d): %w", n, ErrRange)
	}
	var b strings.Builder
	for _, nm := range table {
		for n >= nm.value {
			b.WriteString(nm.symbol)
			n -= nm.value
		}
	}
	return b.String(), nil
}

func FromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	if s == "" {
		return 0, &SyntaxError{s, 0, "empty"}
	}
	up := strings.ToUpper(s)
	total := 0
	for i := 0; i < len(up); i++ {
		v, ok := vals[up[i]]
		if !ok {
			return 0, &SyntaxError{s, i, fmt.Sprintf("invalid symbol %q", up[i])}
		}
		if i+1 < len(up) && vals[up[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	canon, err := ToRoman(total)
	if err != nil {
		return 0, err
	}
	if canon != up {
		return 0, &SyntaxError{s, 0, "non-canonical, expected " + canon}
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000, -7} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Printf("%5d -> error: %v (range=%t)\n", n, err, errors.Is(err, ErrRange))
			continue
		}
		fmt.Printf("%5d -> %s\n", n, r)
	}
	for _, s := range []string{"XIV", "mcmxciv", "MMMCMXCIX", "IIII", "IC", "ABC", "", "VX", "XLII", "MMMM"} {
		n, err := FromRoman(s)
		var se *SyntaxError
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-10q syntax pos=%d: %v\n", s, se.Pos, err)
		case err != nil:
			fmt.Printf("%-10q error: %v\n", s, err)
		default:
			fmt.Printf("%-10q = %d\n", s, n)
		}
	}
	ok := 0
	for i := 1; i < 4000; i++ {
		r, _ := ToRoman(i)
		if back, err := FromRoman(r); err == nil && back == i {
			ok++
		}
	}
	fmt.Println("round trips:", ok)
	longest := ""
	for i := 1; i < 4000; i++ {
		if r, _ := ToRoman(i); len(r) > len(longest) {
			longest = r
		}
	}
	fmt.Println("longest:", longest, len(longest))
}
