// Imports that the file never uses. Go 1.19 printed
// `imported and not used: "os"`; current Go puts the path first.
package main

import (
	"fmt"
	"os" // ERROR col=2 "\"os\" imported and not used"
	"strings" // ERROR col=2 "\"strings\" imported and not used"
)

func main() {
	fmt.Println("hello")
}
