// Imports must come before all other declarations.
package main

var greeting = "hi"

import "fmt" // ERROR col=1 "syntax error: imports must appear before other declarations"

func main() {
	fmt.Println(greeting)
}
