// Arithmetic between values of different named types, even when their
// underlying types agree: temperatures in two scales, and a Duration
// multiplied by a plain int variable (the constant 3 would be fine).
package main

import (
	"fmt"
	"time"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Reading struct {
	Indoor  Celsius
	Outdoor Fahrenheit
}

func main() {
	r := Reading{Indoor: 21.5, Outdoor: 50}
	diff := r.Indoor - r.Outdoor // ERROR col=10 "invalid operation: r.Indoor - r.Outdoor (mismatched types Celsius and Fahrenheit)"
	fmt.Println(diff, r.Indoor.ToF()-r.Outdoor)

	retries := 3
	backoff := 200 * time.Millisecond
	total := backoff * retries // ERROR col=11 "invalid operation: backoff * retries (mismatched types time.Duration and int)"
	fmt.Println(total, backoff*3)
}
