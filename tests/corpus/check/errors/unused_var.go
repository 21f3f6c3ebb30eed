// Local variables that are declared and never used. Go 1.19 said
// "tmp declared but not used"; current Go says "declared and not used: tmp".
package main

import "fmt"

func main() {
	words := []string{"a", "b"}
	tmp := len(words) // ERROR col=2 "declared and not used: tmp"
	for i, w := range words { // ERROR col=6 "declared and not used: i"
		fmt.Println(w)
	}
	var unused int // ERROR col=6 "declared and not used: unused"
	used := 0
	used = 1 // assigning is not using, but the Println below is
	fmt.Println(used)
}
