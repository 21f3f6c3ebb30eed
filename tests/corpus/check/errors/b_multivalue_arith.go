// strconv.Atoi and strconv.ParseFloat return a value and an error, but
// their results are used directly in arithmetic.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Order struct {
	Item  string
	Qty   int
	Price float64
}

func total(lines []string) (int, float64) {
	count := 0
	sum := 0.0
	for _, ln := range lines {
		f := strings.Split(ln, ",")
		count += strconv.Atoi(f[1]) // ERROR col=12 "multiple-value strconv.Atoi(f[1]) (value of type (int, error)) in single-value context"
		sum = sum + strconv.ParseFloat(f[2], 64) // ERROR col=15 "multiple-value strconv.ParseFloat(f[2], 64) (value of type (float64, error)) in single-value context"
	}
	return count, sum
}

func main() {
	o := Order{Item: "pen", Qty: 2, Price: 1.5}
	n, s := total([]string{"pen,2,1.5", "ink,1,4.25"})
	fmt.Println(o.Item, n, s)
}
