package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type Report struct {
	Title string
	Rows  [][2]string
}

func (r Report) Render(w *bufio.Writer) {
	fmt.Fprintf(w, "== %s ==\n", r.Title)
	for i, row := range r.Rows {
		fmt.Fprintf(w, "%2d. %-10s %8s\n", i+1, row[0], row[1])
	}
	w.WriteString(strings.Repeat("-", 24) + "\n")
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	n, err := w.WriteString("buffered hello\n")
	fmt.Fprintln(w, "wrote", n, err)
	fmt.Fprint(w, "a", "b", 1, 2, "c\n")
	fmt.Fprintf(w, "%05.1f|%x|%q\n", 3.14159, "hi", 'x')
	r := Report{"Sales", [][2]string{{"north", "1,200"}, {"south", "980"}, {"east", "12,345"}}}
	r.Render(w)
	if err := w.Flush(); err != nil {
		fmt.Println("flush error:", err)
	}
	fmt.Println("direct after flush")
	fmt.Fprintln(w, "buffered again")
	w.Flush()
	fmt.Fprintln(os.Stdout, "to stdout directly")
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 42)
	fmt.Fprint(os.Stdout, "no newline", 7, "\n")

	bw := bufio.NewWriter(os.Stdout)
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			bw.WriteString("FizzBuzz")
		case i%3 == 0:
			bw.WriteString("Fizz")
		case i%5 == 0:
			bw.WriteString("Buzz")
		default:
			fmt.Fprintf(bw, "%d", i)
		}
		if i < 15 {
			bw.WriteString(",")
		}
	}
	bw.WriteString("\n")
	fmt.Println("printed before fizzbuzz flush")
	bw.Flush()
	big := bufio.NewWriter(os.Stdout)
	for i := 0; i < 300; i++ {
		fmt.Fprintf(big, "%03d", i%1000)
		if i%30 == 29 {
			big.WriteString("\n")
		}
	}
	big.Flush()
	fmt.Fprintln(w, "flushed explicitly before exit")
	w.Flush()
	fmt.Fprintln(w, "buffered but lost: os.Exit skips the deferred Flush")
	os.Exit(0)
}
