// Dereferencing values that are not pointers: an int counter, a string
// field (*u.Name parses as *(u.Name)), and a struct value.
package main

import "fmt"

type User struct {
	Name  string
	Login int
}

type Config struct {
	Port int
}

func visit(u *User, count int) {
	u.Login++
	fmt.Println(*count) // ERROR col=15 "invalid operation: cannot indirect count (variable of type int)"
	fmt.Println(*u.Name) // ERROR col=15 "invalid operation: cannot indirect u.Name (variable of type string)"
}

func main() {
	u := &User{Name: "mo"}
	visit(u, 1)
	cfg := Config{Port: 8080}
	fmt.Println((*cfg).Port) // ERROR col=16 "invalid operation: cannot indirect cfg (variable of struct type Config)"
}
