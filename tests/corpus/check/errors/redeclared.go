// A variable declared twice in one block (Go continues with
// "\tFILE:LINE:COL: other declaration of total"), and := with nothing new.
package main

import "fmt"

func main() {
	total := 0
	var total int // ERROR col=6 "total redeclared in this block"
	count := 1
	count := 2 // ERROR col=8 "no new variables on left side of :="
	fmt.Println(total, count)
}
