// Variables declared inside nested blocks (an if body, a loop body, a
// switch case) and never read.
package main

import (
	"fmt"
	"strings"
)

type Order struct {
	ID    int
	Items []string
	Total float64
}

func summarize(orders []Order) string {
	var b strings.Builder
	for _, o := range orders {
		if len(o.Items) == 0 {
			reason := "empty order" // ERROR col=4 "declared and not used: reason"
			continue
		}
		for _, item := range o.Items {
			upper := strings.ToUpper(item) // ERROR col=4 "declared and not used: upper"
			b.WriteString(item + " ")
		}
		switch {
		case o.Total > 100:
			bonus := o.Total * 0.05 // ERROR col=4 "declared and not used: bonus"
			b.WriteString("(big) ")
		default:
			b.WriteString("(small) ")
		}
	}
	return b.String()
}

func main() {
	fmt.Println(summarize([]Order{{1, []string{"tea"}, 120}, {2, nil, 0}}))
}
