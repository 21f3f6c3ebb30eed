package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

type Job struct {
	Name    string
	Timeout time.Duration
}

func (j Job) String() string { return fmt.Sprintf("%s(%v)", j.Name, j.Timeout) }

func main() {
	jobs := []Job{{"build", 90 * time.Second}, {"test", 2*time.Minute + 1500*time.Millisecond}, {"lint", -350 * time.Microsecond}}
	for _, j := range jobs {
		d := j.Timeout
		fmt.Println(j, d.Microseconds(), d.Nanoseconds(), d.Truncate(time.Minute), d.Round(time.Minute), d.Abs(), d.Round(0))
	}
	fmt.Println(time.Duration(1<<63-1).Round(time.Hour), time.Duration(-1<<63).Abs())
	start := time.Now()
	later := start.Add(36 * time.Hour)
	fmt.Println(later.Sub(start), start.Sub(later), start.Before(later), start.After(later), later.After(start))
	fmt.Println(start.Equal(start.Add(0)), start.Compare(later), later.Compare(start), start.Compare(start))
	fmt.Println(later.Unix()-start.Unix(), later.UnixMilli()-start.UnixMilli(), later.UnixMicro()-start.UnixMicro(), later.UnixNano()-start.UnixNano())
	fmt.Println(start.Unix() > 1600000000, time.Until(later) > 35*time.Hour, time.Until(start) <= 0)
	time.Sleep(20 * time.Millisecond)
	fmt.Println(time.Since(start) >= 20*time.Millisecond)

	fmt.Println(math.Log2(1024), math.Log2(10) > 3.32, math.Log10(0.001), math.Log10(-1), math.Atan2(1, 1)*4, math.Atan2(0, -1), math.Atan2(-0.0, -1))
	_, err := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax), strconv.ErrRange)
	fmt.Printf("%q %q %q\n", strings.Trim("xx-hello-xx", "x-"), strings.Trim("  ", " "), strings.Trim("¡¡héllo!!", "!¡"))

	b := []byte("héllo")
	fmt.Println(utf8.FullRune(b[:1]), utf8.FullRune(b[1:2]), utf8.FullRune(b[1:3]), utf8.FullRuneInString("\xe2\x82"), utf8.FullRuneInString("\xff"))
	r, size := utf8.DecodeLastRune(b)
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRune(b[:3])
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRune(nil)
	fmt.Println(r, size)
	out := utf8.AppendRune([]byte("rune:"), '世')
	out = utf8.AppendRune(out, -1)
	fmt.Println(string(out), len(out))
}
