// Imports given a local name that the file never uses. When the name
// differs from the last element of the path, current Go mentions it:
// "\"strings\" imported as str and not used". Go 1.19 printed
// `imported and not used: "strings" as str`.
package main

import (
	"fmt"
	conv "strconv" // ERROR col=2 "\"strconv\" imported as conv and not used"
	str "strings"  // ERROR col=2 "\"strings\" imported as str and not used"
	"unicode"
)

func countUpper(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

func main() {
	fmt.Println(countUpper("Hello World"))
}
