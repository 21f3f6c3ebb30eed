package main

import "fmt"

func main() {
	name := "gomini"
	n := len(name) * 2
	fmt.Println("hello from", name, n)
}
