// Division by zero in constant declarations: a page count computed from
// a per-page constant that was set to zero, a typed Duration constant,
// and a compound assignment with a zero literal.
package main

import (
	"fmt"
	"time"
)

const (
	totalItems = 120
	perPage    = 0
	pages      = totalItems / perPage // ERROR col=28 "invalid operation: division by zero"
)

const tick time.Duration = time.Second / 0 // ERROR col=42 "invalid operation: division by zero"

type Meter struct {
	readings []int
}

func (m *Meter) Average() int {
	sum := 0
	for _, r := range m.readings {
		sum += r
	}
	sum /= 0 // ERROR col=9 "invalid operation: division by zero"
	return sum
}

func main() {
	m := &Meter{readings: []int{3, 4}}
	fmt.Println(pages, tick, m.Average())
}
