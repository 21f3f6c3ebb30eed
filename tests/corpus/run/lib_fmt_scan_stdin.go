package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

// skipLine drops the rest of the current line: %c reads exactly one
// rune, newline included, and reads nothing ahead.
func skipLine() int {
	dropped := 0
	for {
		var r rune
		if _, err := fmt.Scanf("%c", &r); err != nil || r == '\n' {
			return dropped
		}
		dropped++
	}
}

// Reads a small report from standard input: a count and that many
// numbers (Scan), a title line (Scanln), key=value settings (Scanf),
// a mistake in the input, then what is left through a bufio.Reader.
func main() {
	var n int
	if _, err := fmt.Scan(&n); err != nil {
		fmt.Println("no count:", err)
		return
	}
	sum, max := 0, 0
	for i := 0; i < n; i++ {
		var x int
		if _, err := fmt.Scan(&x); err != nil {
			fmt.Println("bad number:", err)
			return
		}
		sum += x
		if i == 0 || x > max {
			max = x
		}
	}
	fmt.Printf("%d numbers, sum %d, max %d\n", n, sum, max)

	// The newline after the last number was read ahead and dropped,
	// so Scanln starts on the title line.
	var first, second string
	cnt, err := fmt.Scanln(&first, &second)
	fmt.Println("title:", cnt, err, first, second)
	cnt, err = fmt.Scanln(&first, &second)
	fmt.Println("short line:", cnt, err, first)
	cnt, err = fmt.Scanln(&first)
	fmt.Println("long line:", cnt, err, first)
	fmt.Println("dropped:", skipLine())

	var width, height int
	var unit string
	cnt, err = fmt.Scanf("size %dx%d %s\n", &width, &height, &unit)
	fmt.Println("size:", cnt, err, width, height, unit)
	var ratio float64
	cnt, err = fmt.Scanf("ratio=%f\n", &ratio)
	fmt.Println("ratio:", cnt, err, ratio)
	var flag bool
	cnt, err = fmt.Scanf("verbose=%t\n", &flag)
	fmt.Println("verbose:", cnt, err, flag)
	var bad int
	cnt, err = fmt.Scan(&bad)
	fmt.Println("bad:", cnt, err)
	fmt.Println("dropped:", skipLine())
	var r1, r2 rune
	cnt, err = fmt.Scanf("%c%c\n", &r1, &r2)
	fmt.Println("runes:", cnt, err, string(r1), string(r2))

	in := bufio.NewReader(os.Stdin)
	var name string
	var age int
	for {
		cnt, err := fmt.Fscan(in, &name, &age)
		if err == io.EOF {
			fmt.Println("end of input")
			break
		}
		if err != nil {
			fmt.Println("record:", cnt, err)
			in.ReadString('\n')
			continue
		}
		fmt.Printf("%s is %d\n", name, age)
	}
	cnt, err = fmt.Scan(&n)
	fmt.Println("after the end:", cnt, err)
}
