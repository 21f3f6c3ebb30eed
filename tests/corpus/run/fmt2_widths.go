package main

import (
	"fmt"
	"strings"
)

type Column struct {
	Title string
	Width int
	Left  bool
}

func row(cols []Column, vals ...interface{}) string {
	var b strings.Builder
	for i, c := range cols {
		w := c.Width
		if c.Left {
			w = -w
		}
		fmt.Fprintf(&b, "|%*v", w, vals[i])
	}
	b.WriteString("|")
	return b.String()
}

func main() {
	for _, w := range []int{0, 1, 3, 6, -6} {
		fmt.Printf("[%*d] [%-*d] [%0*d] [%*s]\n", w, 42, w, 42, w, 42, w, "ab")
	}
	fmt.Printf("[%-*s] [%*s]\n", 8, "left", 8, "right")
	for prec := 0; prec <= 4; prec++ {
		fmt.Printf("%.*f|%8.*f|%-8.*f|\n", prec, 3.14159, prec, 2.71828, prec, 1.5)
	}
	fmt.Printf("[%*.*f] [%-*.*f]\n", 10, 3, 3.14159, 10, 2, 2.5)
	fmt.Printf("[%.*s] [%.*s] [%.*s]\n", 3, "abcdef", 0, "abc", 10, "short")
	fmt.Printf("[%5.2s] [%-5.1s] [%.3s]\n", "xyz", "xyz", "日本語です")
	fmt.Printf("[%6s] [%-6s] [%06s]\n", "日本", "日本", "ab")
	fmt.Printf("[%05d] [%05d] [%+05d] [%-05d] [% 05d]\n", 42, -42, 42, 42, 42)
	fmt.Printf("[%8.3d] [%-8.3d] [%08.3d] [%.0d] [%.0d]\n", 7, 7, 7, 0, 5)
	fmt.Printf("[%x] [%6x] [%-6X] [%#06x] [%#x]\n", 255, 255, 255, 255, -255)
	fmt.Printf("[%10.3e] [%-12.2E] [%+.1e] [%010.2f]\n", 12345.678, 0.000123, 5.0, -3.14159)
	fmt.Printf("[%5t] [%-7t] [%v]\n", true, false, true)
	fmt.Printf("[%3c] [%-3c] [%c%c]\n", 'A', 'é', 0x65e5, 0x672c)

	cols := []Column{{"id", 4, false}, {"name", 10, true}, {"score", 7, false}, {"ok", 5, true}}
	var titles []interface{}
	for _, c := range cols {
		titles = append(titles, c.Title)
	}
	fmt.Println(row(cols, titles...))
	fmt.Println(row(cols, 1, "alice", 93.5, true))
	fmt.Println(row(cols, 22, "bob", 7, false))
	fmt.Println(row(cols, 333, "christopher", -0.25, nil))

	for i := 1; i <= 4; i++ {
		fmt.Printf("%*s%s\n", 5-i, "", strings.Repeat("*", 2*i-1))
	}
	n := 1234567
	fmt.Printf("%d has %d digits; padded: %0*d\n", n, len(fmt.Sprint(n)), 10, n)
	fmt.Printf("[%8v] [%-8v] [%08v]\n", []int{1, 2}, "x", 3.5)
}
