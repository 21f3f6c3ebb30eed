package main

import (
	"errors"
	"fmt"
	"strconv"
)

func sumFields(fields []string) (int, []error) {
	total := 0
	var errs []error
	for _, f := range fields {
		n, err := strconv.Atoi(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		total += n
	}
	return total, errs
}

func main() {
	inputs := []string{"0", "42", "-17", "+8", "007", " 5", "5 ", "", "3.0", "1e3", "0x1F",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"١٢٣", "12_000", "--1", "+", "-0"}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			fmt.Printf("%-24q err=%s\n", in, err.Error())
			continue
		}
		fmt.Printf("%-24q n=%d\n", in, n)
	}

	_, err := strconv.Atoi("abc")
	wrapped := fmt.Errorf("config line 3: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped) == err, errors.Is(wrapped, err))
	_, err = strconv.Atoi("99999999999999999999")
	msg := err.Error()
	fmt.Println(msg[len(msg)-18:])
	n, err := strconv.Atoi("99999999999999999999")
	fmt.Println(n, err != nil)
	n, err = strconv.Atoi("-99999999999999999999")
	fmt.Println(n, err != nil)

	for _, v := range []int{0, -1, 123456789, -9223372036854775808, 9223372036854775807} {
		s := strconv.Itoa(v)
		back, _ := strconv.Atoi(s)
		fmt.Printf("%s %d %t\n", s, len(s), back == v)
	}
	total, errs := sumFields([]string{"10", "x", "20", "", "-5", "7.5"})
	fmt.Println("total:", total, "errors:", len(errs))
	for _, e := range errs {
		fmt.Println("  ", e)
	}
	digits := ""
	for i := 0; i < 10; i++ {
		digits += strconv.Itoa(i * i)
	}
	fmt.Println(digits, len(digits))
}
