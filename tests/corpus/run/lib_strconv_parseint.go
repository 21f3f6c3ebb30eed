package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s       string
		base    int
		bitSize int
	}{
		{"101", 2, 64}, {"-101", 2, 8}, {"777", 8, 64}, {"ff", 16, 64}, {"FF", 16, 8},
		{"7f", 16, 8}, {"-80", 16, 8}, {"-81", 16, 8}, {"0x1f", 0, 64}, {"0X1F", 0, 64},
		{"0b1011", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"0x", 0, 64}, {"1_000", 0, 64},
		{"1_000", 10, 64}, {"0x_ff", 0, 32}, {"z", 36, 64}, {"Zz", 36, 64}, {"12", 2, 64},
		{"32767", 10, 16}, {"32768", 10, 16}, {"-32768", 10, 16}, {"2147483648", 10, 32},
		{"123", 1, 64}, {"123", 37, 64}, {"", 10, 64}, {"0", 0, 0}, {"-0x10", 0, 64},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bitSize)
		if err != nil {
			fmt.Printf("ParseInt(%q,%d,%d) = %d err: %v\n", c.s, c.base, c.bitSize, v, err)
			continue
		}
		fmt.Printf("ParseInt(%q,%d,%d) = %d\n", c.s, c.base, c.bitSize, v)
	}
	ucases := []struct {
		s       string
		base    int
		bitSize int
	}{
		{"255", 10, 8}, {"256", 10, 8}, {"-1", 10, 64}, {"+1", 10, 64}, {"18446744073709551615", 10, 64},
		{"18446744073709551616", 10, 64}, {"ffffffff", 16, 32}, {"0xFFFF", 0, 16}, {"1_0", 0, 64},
	}
	for _, c := range ucases {
		v, err := strconv.ParseUint(c.s, c.base, c.bitSize)
		if err != nil {
			fmt.Printf("ParseUint(%q,%d,%d) = %d err: %v\n", c.s, c.base, c.bitSize, v, err)
			continue
		}
		fmt.Printf("ParseUint(%q,%d,%d) = %d\n", c.s, c.base, c.bitSize, v)
	}
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Printf("base %2d: %s %s %s\n", base, strconv.FormatInt(255, base), strconv.FormatInt(-255, base),
			strconv.FormatUint(18446744073709551615, base))
	}
	fmt.Println(strconv.FormatInt(-9223372036854775808, 2))
	fmt.Println(strconv.FormatInt(0, 7), strconv.FormatUint(0, 2))
	for _, s := range []string{"1010", "fff", "zz"} {
		for _, base := range []int{2, 16, 36} {
			v, err := strconv.ParseInt(s, base, 64)
			if err == nil {
				fmt.Printf("%s@%d=%d ", s, base, v)
			} else {
				fmt.Printf("%s@%d=ERR ", s, base)
			}
		}
	}
	fmt.Println()
}
