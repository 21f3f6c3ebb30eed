package main

import (
	"fmt"
	"strconv"
	"strings"
)

func sumCSV(s string) (int, []string) {
	total := 0
	var bad []string
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			bad = append(bad, f)
			continue
		}
		total += n
	}
	return total, bad
}

func main() {
	fmt.Println(strconv.Itoa(12345)+"!", strconv.Itoa(-7), len(strconv.Itoa(1000000)))
	n, err := strconv.Atoi("  42")
	fmt.Println(n, err)
	n, err = strconv.Atoi("42")
	fmt.Println(n, err)
	n, err = strconv.Atoi("-0012")
	fmt.Println(n, err)
	_, err = strconv.Atoi("3.14")
	fmt.Println(err)
	_, err = strconv.Atoi("")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)

	total, bad := sumCSV("1, 2, three, 4,5x, 10")
	fmt.Println(total, len(bad), bad)

	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Println(base, strconv.FormatInt(255, base), strconv.FormatInt(-255, base))
	}
	v, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("-101", 2, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("777", 8, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("zz", 10, 64)
	fmt.Println(v, err)

	fmt.Println(strconv.Quote("hello"), strconv.Quote(`say "hi"`), strconv.Quote("tab\there\n"))
	fmt.Println(strconv.Quote("émoji ☺"), strconv.Quote(""))

	digits := ""
	for i := 9; i >= 0; i -= 3 {
		digits += strconv.Itoa(i)
	}
	fmt.Println(digits)
	back, _ := strconv.Atoi(digits)
	fmt.Println(back*2, strconv.FormatInt(int64(back), 10) == digits)

	bin := strconv.FormatInt(1<<20+5, 2)
	fmt.Println(bin, len(bin))
	parsed, _ := strconv.ParseInt(bin, 2, 64)
	fmt.Println(parsed)
}
