// Roman numeral conversion in both directions: a table-driven encoder,
// a strict decoder with a custom error type, and a round-trip check.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Roman int

var table = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range 1..3999")

func (r Roman) String() string {
	n := int(r)
	if n <= 0 || n >= 4000 {
		return fmt.Sprintf("Roman(%d)", n)
	}
	var sb strings.Builder
	for _, t := range table {
		for n >= t.value {
			sb.WriteString(t.symbol)
			n -= t.value
		}
	}
	return sb.String()
}

type ParseError struct {
	Input  string
	Offset int
	Reason string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("parse %q at %d: %s", e.Input, e.Offset, e.Reason)
}

var (
	_ fmt.Stringer = Roman(0)
	_ error        = (*ParseError)(nil)
)

var digit = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

func Parse(s string) (Roman, error) {
	if s == "" {
		return 0, &ParseError{s, 0, "empty"}
	}
	up := strings.ToUpper(s)
	total := 0
	for i := 0; i < len(up); i++ {
		v, ok := digit[up[i]]
		if !ok {
			return 0, &ParseError{s, i, fmt.Sprintf("bad digit %q", up[i])}
		}
		if i+1 < len(up) && digit[up[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	r := Roman(total)
	if total <= 0 || total >= 4000 {
		return 0, fmt.Errorf("parse %q: %w", s, ErrRange)
	}
	if r.String() != up {
		return 0, &ParseError{s, 0, "not canonical, expected " + r.String()}
	}
	return r, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1987, 2024, 3999, 0, 4000} {
		fmt.Printf("%5d = %v\n", n, Roman(n))
	}
	inputs := []string{"MCMLXXXVII", "xiv", "IIII", "MMMM", "ABC", "", "MMXXIV", "IM"}
	for _, in := range inputs {
		r, err := Parse(in)
		var pe *ParseError
		switch {
		case err == nil:
			fmt.Printf("%-12q -> %d\n", in, int(r))
		case errors.As(err, &pe):
			fmt.Printf("%-12q !! %s (offset %d)\n", in, pe.Reason, pe.Offset)
		case errors.Is(err, ErrRange):
			fmt.Printf("%-12q !! %v\n", in, err)
		}
	}
	bad := 0
	for n := 1; n < 4000; n++ {
		back, err := Parse(Roman(n).String())
		if err != nil || int(back) != n {
			bad++
		}
	}
	fmt.Println("round-trip failures:", bad)
	var s fmt.Stringer = Roman(1666)
	fmt.Printf("%s %T %d\n", s, s, s.(Roman))
}
