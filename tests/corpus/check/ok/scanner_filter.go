// A Unix filter: read lines from stdin with bufio.Scanner, number them,
// write to stdout with bufio.Writer, errors to stderr, exit status.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	prefix := ""
	if len(os.Args) > 1 {
		prefix = os.Args[1]
	}
	if v := os.Getenv("FILTER_PREFIX"); v != "" {
		prefix = v
	}
	sc := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	n, blank := 0, 0
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			blank++
			continue
		}
		n++
		fmt.Fprintf(out, "%s%4d  %s\n", prefix, n, line)
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "read error:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "%d lines, %d blank\n", n, blank)
	words := bufio.NewScanner(strings.NewReader("one two  three"))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Fprintln(out, "words:", count)
	if n == 0 {
		out.Flush()
		os.Exit(3)
	}
}
