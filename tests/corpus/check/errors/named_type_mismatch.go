// Two named types with the same underlying type do not mix without a
// conversion. Current Go describes the operand as "float64 type Celsius".
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func show(f Fahrenheit) { fmt.Printf("%.1f°F\n", f) }

func main() {
	c := Celsius(20)
	f := Fahrenheit(68)
	fmt.Println(c + f) // ERROR col=14 "invalid operation: c + f (mismatched types Celsius and Fahrenheit)"
	show(c)            // ERROR col=7 "cannot use c (variable of float64 type Celsius) as Fahrenheit value in argument to show"
	show(Fahrenheit(c*9/5 + 32))
}
