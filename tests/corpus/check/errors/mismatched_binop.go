// Binary operators whose operands have different types.
package main

import "fmt"

func main() {
	count := 3
	label := "items: "
	fmt.Println(count + label) // ERROR col=14 "invalid operation: count + label (mismatched types int and string)"
	ratio := 0.5
	n := 10
	scaled := ratio * n // ERROR col=12 "invalid operation: ratio * n (mismatched types float64 and int)"
	fmt.Println(scaled)
	var small int32 = 4
	if small < n { // ERROR col=13 "invalid operation: small < n (mismatched types int32 and int)"
		fmt.Println("smaller")
	}
}
