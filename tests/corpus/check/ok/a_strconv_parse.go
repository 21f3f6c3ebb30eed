// strconv parsing and formatting: ints in several bases and bit sizes,
// floats, bools and quoting, with *strconv.NumError inspected via As.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Setting struct {
	Key, Raw string
	Kind     byte
}

type Parsed struct {
	Key   string
	Value any
}

func parse(s Setting) (Parsed, error) {
	var v any
	var err error
	switch s.Kind {
	case 'i':
		v, err = strconv.Atoi(s.Raw)
	case 'h':
		var n int64
		n, err = strconv.ParseInt(strings.TrimPrefix(s.Raw, "0x"), 16, 32)
		v = int32(n)
	case 'u':
		var n uint64
		n, err = strconv.ParseUint(s.Raw, 10, 8)
		v = uint8(n)
	case 'f':
		v, err = strconv.ParseFloat(s.Raw, 64)
	case 'b':
		v, err = strconv.ParseBool(s.Raw)
	case 'q':
		v, err = strconv.Unquote(s.Raw)
	default:
		err = fmt.Errorf("unknown kind %q", s.Kind)
	}
	if err != nil {
		return Parsed{}, fmt.Errorf("setting %s: %w", s.Key, err)
	}
	return Parsed{s.Key, v}, nil
}

func main() {
	settings := []Setting{
		{"port", "8080", 'i'},
		{"mask", "0xff00", 'h'},
		{"level", "300", 'u'},
		{"ratio", "0.75", 'f'},
		{"debug", "true", 'b'},
		{"name", `"go\tmini"`, 'q'},
		{"count", "12x", 'i'},
		{"mode", "x", 'z'},
	}
	for _, s := range settings {
		p, err := parse(s)
		var ne *strconv.NumError
		switch {
		case errors.As(err, &ne):
			fmt.Printf("%-6s NumError func=%s num=%q range=%t\n", s.Key, ne.Func, ne.Num, errors.Is(err, strconv.ErrRange))
		case err != nil:
			fmt.Printf("%-6s %v\n", s.Key, err)
		default:
			fmt.Printf("%-6s %T %v\n", p.Key, p.Value, p.Value)
		}
	}
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(255, 36), strconv.FormatUint(1<<63, 16))
	fmt.Println(strconv.FormatFloat(1.0/3, 'e', 4, 64), strconv.FormatFloat(2.5, 'f', -1, 32), strconv.FormatBool(false))
	fmt.Println(strconv.Quote("tab\there \"q\""), strconv.QuoteRune('☺'), strconv.IntSize)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	fmt.Println(string(buf))
	n, err := strconv.Atoi(strconv.Itoa(123) + "4")
	fmt.Println(n, err)
}
