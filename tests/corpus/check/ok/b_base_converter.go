// Number base conversion: strconv.ParseInt/FormatInt with error wrapping,
// a hand-written digit encoder for arbitrary bases, and %x/%o/%b verbs.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

var ErrBase = errors.New("base must be in 2..36")

type ConvError struct {
	Input string
	Base  int
	Err   error
}

func (e *ConvError) Error() string {
	return fmt.Sprintf("convert %q from base %d: %v", e.Input, e.Base, e.Err)
}
func (e *ConvError) Unwrap() error { return e.Err }

var _ error = (*ConvError)(nil)

func encode(n int64, base int) (string, error) {
	if base < 2 || base > len(digits) {
		return "", ErrBase
	}
	if n == 0 {
		return "0", nil
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	var buf []byte
	for u > 0 {
		buf = append(buf, digits[u%uint64(base)])
		u /= uint64(base)
	}
	if neg {
		buf = append(buf, '-')
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return string(buf), nil
}

func Convert(s string, from, to int) (string, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	n, err := strconv.ParseInt(s, from, 64)
	if err != nil {
		return "", &ConvError{s, from, err}
	}
	out, err := encode(n, to)
	if err != nil {
		return "", fmt.Errorf("to base %d: %w", to, err)
	}
	if check := strconv.FormatInt(n, to); to <= 36 && check != out {
		return "", fmt.Errorf("self-check failed: %s != %s", out, check)
	}
	return out, nil
}

func main() {
	cases := []struct {
		in       string
		from, to int
	}{
		{"255", 10, 16}, {"ff", 16, 2}, {"-1010", 2, 10}, {"zz", 36, 10}, {"777", 8, 3},
		{"12g", 16, 10}, {"99999999999999999999", 10, 16}, {"10", 10, 40},
	}
	for _, c := range cases {
		out, err := Convert(c.in, c.from, c.to)
		var ce *ConvError
		switch {
		case err == nil:
			fmt.Printf("%22s (b%-2d) = %s (b%d)\n", c.in, c.from, out, c.to)
		case errors.Is(err, strconv.ErrRange):
			fmt.Printf("%22s: too big: %v\n", c.in, err)
		case errors.As(err, &ce):
			fmt.Printf("%22s: bad digits for base %d: %v\n", c.in, ce.Base, errors.Unwrap(err))
		case errors.Is(err, ErrBase):
			fmt.Printf("%22s: %v\n", c.in, err)
		}
	}
	v := 3054
	fmt.Printf("%d = %x = %X = %o = %b = %#x\n", v, v, v, v, v, v)
	u, _ := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(strconv.FormatUint(u, 16), string(strconv.AppendInt([]byte("n="), -42, 7)))
}
