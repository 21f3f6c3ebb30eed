// Strings are immutable: assigning to a byte of a string, in a range
// loop over it and to its first byte.
package main

import (
	"fmt"
	"strings"
)

func mask(card string) string {
	for i := range card {
		if i < len(card)-4 {
			card[i] = '*' // ERROR col=4 "cannot assign to card[i] (neither addressable nor a map index expression)"
		}
	}
	return card
}

func capitalize(word string) string {
	if word == "" {
		return word
	}
	word[0] = strings.ToUpper(word[:1])[0] // ERROR col=2 "cannot assign to word[0] (neither addressable nor a map index expression)"
	return word
}

func main() {
	fmt.Println(mask("4111222233334444"))
	fmt.Println(capitalize("gopher"))
}
