package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "", "tRuE", " true"} {
		b, err := strconv.ParseBool(s)
		if err != nil {
			fmt.Printf("%-8q err: %v\n", s, err)
			continue
		}
		fmt.Printf("%-8q %t\n", s, b)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false), strconv.FormatBool(1 > 2))

	quotes := []string{"plain", `with "quotes"`, "tab\there", "new\nline", `back\slash`, "bell\a", "nul\x00",
		"héllo", "日本語", "emoji 😀", "\x7f", "bad\xffbyte", "\u00a0nbsp", "\u200bzero-width", "", "'single'"}
	for _, q := range quotes {
		fmt.Println(strconv.Quote(q))
	}
	fmt.Println(strconv.Quote(strconv.Quote("nested")))

	type rec struct {
		name  string
		score int
		ok    bool
		ratio float64
	}
	recs := []rec{{"ann", 91, true, 0.912}, {"bob", -3, false, 1.0 / 3}, {"c\"d", 0, true, 100}}
	for _, r := range recs {
		line := strconv.Quote(r.name) + "," + strconv.Itoa(r.score) + "," + strconv.FormatBool(r.ok) + "," +
			strconv.FormatFloat(r.ratio, 'f', 3, 64) + "," + strconv.FormatInt(int64(r.score), 16)
		fmt.Println(line)
	}
	hex := ""
	for _, b := range []byte("Go!") {
		h := strconv.FormatUint(uint64(b), 16)
		if len(h) < 2 {
			h = "0" + h
		}
		hex += h
	}
	fmt.Println(hex)
	v, err := strconv.ParseUint(hex, 16, 32)
	fmt.Println(v, err)
	fmt.Println(strconv.FormatInt(-8, 2), strconv.FormatInt(8, 8), strconv.FormatInt(35, 36))
}
