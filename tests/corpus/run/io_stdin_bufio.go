package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"
	"unicode/utf8"
)

func main() {
	fmt.Println(len(os.Args) > 0)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 2)
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	ws := bufio.NewScanner(strings.NewReader("alpha  beta\ngamma"))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Print(ws.Text(), ";")
	}
	fmt.Println()
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %s\n", "line")
	w.WriteString("more\n")
	w.Flush()
	d := 90*time.Minute + 1500*time.Millisecond
	fmt.Println(d, time.Duration(1500)*time.Microsecond, time.Duration(0), d.Hours())
	start := time.Now()
	fmt.Println(time.Since(start) >= 0)
	fmt.Println(utf8.RuneCountInString("héllo"), utf8.RuneLen('€'), utf8.ValidString("a\xffb"))
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(string(r), size)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%d", 1, 2)
	fmt.Println(sb.String())
}
