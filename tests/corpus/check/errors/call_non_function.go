// Calling values that are not functions.
package main

import "fmt"

type Config struct {
	Name string
	Port int
}

func main() {
	count := 3
	cfg := Config{"web", 80}
	fmt.Println(count()) // ERROR col=14 "invalid operation: cannot call non-function count (variable of type int)"
	fmt.Println(cfg.Name()) // ERROR col=14 "invalid operation: cannot call non-function cfg.Name (variable of type string)"
	fmt.Println(cfg.Port)
}
