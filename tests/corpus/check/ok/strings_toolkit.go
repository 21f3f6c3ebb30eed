// Common strings functions: Split, Fields, Replace, Trim, HasPrefix,
// Repeat, Index, Map, and a strings.Builder report.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func slug(title string) string {
	lower := strings.ToLower(strings.TrimSpace(title))
	mapped := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return '-'
	}, lower)
	for strings.Contains(mapped, "--") {
		mapped = strings.ReplaceAll(mapped, "--", "-")
	}
	return strings.Trim(mapped, "-")
}

func table(rows [][]string) string {
	var b strings.Builder
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			if len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	for ri, r := range rows {
		for i, c := range r {
			b.WriteString(c + strings.Repeat(" ", widths[i]-len(c)+1))
		}
		b.WriteByte('\n')
		if ri == 0 {
			b.WriteString(strings.Repeat("=", len(widths)+sumInts(widths)) + "\n")
		}
	}
	return b.String()
}

func sumInts(xs []int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	fmt.Println(slug("  Hello, World: Go & C!  "))
	csv := "name,lang,year\ngomini,C,2024\ngo,Go,2009"
	var rows [][]string
	for _, line := range strings.Split(csv, "\n") {
		rows = append(rows, strings.Split(line, ","))
	}
	fmt.Print(table(rows))
	path := "/usr/local/bin/gomini"
	fmt.Println(strings.HasPrefix(path, "/usr"), strings.HasSuffix(path, "mini"),
		path[strings.LastIndex(path, "/")+1:], strings.Index(path, "local"))
	fmt.Println(strings.Fields(" a  b\tc\n"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.TrimPrefix(path, "/usr"), strings.TrimLeft("xxhixx", "x"), strings.Replace("aaa", "a", "b", 2))
}
