// Fractional constants for types that hold only integers: a named cents
// type in a return statement and a variable declaration, and a conversion
// of a fractional literal to time.Duration.
package main

import (
	"fmt"
	"time"
)

type Cents int64

func (c Cents) String() string {
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

func shippingFee(express bool) Cents {
	if express {
		return 1250
	}
	return 499.5 // ERROR col=9 "cannot use 499.5 (untyped float constant) as Cents value in return statement (truncated)"
}

func main() {
	var price Cents = 19.99                   // ERROR col=20 "cannot use 19.99 (untyped float constant) as Cents value in variable declaration (truncated)"
	delay := time.Duration(1.5) * time.Second // ERROR col=25 "cannot convert 1.5 (untyped float constant) to type time.Duration"
	fmt.Println(price+shippingFee(true), delay)
}
