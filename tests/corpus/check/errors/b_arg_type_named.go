// Named types are not interchangeable: a Celsius value passed where
// Fahrenheit is wanted, and an int passed to time.Sleep, which takes a
// time.Duration.
package main

import (
	"fmt"
	"time"
)

type Celsius float64
type Fahrenheit float64

func toC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

func report(f Fahrenheit) {
	fmt.Printf("%.1f°F\n", float64(f))
}

func main() {
	indoor := Celsius(21.5)
	report(indoor) // ERROR col=9 "cannot use indoor (variable of float64 type Celsius) as Fahrenheit value in argument to report"
	fmt.Println(toC(98.6))
	delayMs := 250
	time.Sleep(delayMs) // ERROR col=13 "cannot use delayMs (variable of type int) as time.Duration value in argument to time.Sleep"
}
