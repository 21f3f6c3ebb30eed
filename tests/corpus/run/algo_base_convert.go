package main

import (
	"fmt"
	"strconv"
	"strings"
)

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

func toBase(n int64, base int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf []byte
	for n > 0 {
		buf = append(buf, digits[n%int64(base)])
		n /= int64(base)
	}
	if neg {
		buf = append(buf, '-')
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return string(buf)
}

func fromBase(s string, base int) (int64, error) {
	var n int64
	sign := int64(1)
	if strings.HasPrefix(s, "-") {
		sign, s = -1, s[1:]
	}
	if s == "" {
		return 0, fmt.Errorf("empty number")
	}
	for _, c := range strings.ToLower(s) {
		d := strings.IndexRune(digits, c)
		if d < 0 || d >= base {
			return 0, fmt.Errorf("digit %q invalid in base %d", c, base)
		}
		n = n*int64(base) + int64(d)
	}
	return sign * n, nil
}

func main() {
	values := []int64{0, 7, 255, -42, 1000, 65535, 1 << 40}
	bases := []int{2, 8, 16, 36}
	fmt.Printf("%-14s", "value")
	for _, b := range bases {
		fmt.Printf("%-12s", "base"+strconv.Itoa(b))
	}
	fmt.Println()
	for _, v := range values {
		fmt.Printf("%-14d", v)
		for _, b := range bases {
			mine := toBase(v, b)
			if mine != strconv.FormatInt(v, b) {
				mine += "!"
			}
			if len(mine) > 11 {
				mine = mine[:9] + ".."
			}
			fmt.Printf("%-12s", mine)
		}
		fmt.Println()
	}

	inputs := []struct {
		s    string
		base int
	}{{"ff", 16}, {"-777", 8}, {"zz", 36}, {"10102", 2}, {"", 10}, {"GoLang", 36}}
	for _, in := range inputs {
		n, err := fromBase(in.s, in.base)
		std, stdErr := strconv.ParseInt(in.s, in.base, 64)
		fmt.Printf("%q base %d -> %d err=%v (strconv agrees: %t)\n", in.s, in.base, n, err, stdErr == nil && std == n)
	}

	u := uint64(1<<64 - 1)
	fmt.Println("max uint64:", strconv.FormatUint(u, 10), strconv.FormatUint(u, 16), strconv.FormatUint(u, 36))
	p, err := strconv.ParseUint("11111111", 2, 8)
	fmt.Println("parse 8 bits:", p, err == nil)
	fmt.Printf("builtin verbs: %b %o %x %X %#x %#o\n", 202, 202, 202, 202, 202, 202)
}
