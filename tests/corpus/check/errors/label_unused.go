// A label that no goto, break or continue refers to.
package main

import "fmt"

func main() {
	attempts := 0
retry: // ERROR col=1 "label retry defined and not used"
	for attempts < 3 {
		attempts++
		if attempts == 2 {
			break
		}
	}
	fmt.Println(attempts)
}
