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
	fmt.Println(count()) // ERROR col=14 "invalid operation: cannot call count (variable of type int): int is not a function"
	fmt.Println(cfg.Name()) // ERROR col=14 "invalid operation: cannot call cfg.Name (variable of type string): string is not a function"
	fmt.Println(cfg.Port)
}
