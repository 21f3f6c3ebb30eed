// Literal elements of the wrong type: a string in an []int, an int value
// in a map[string]string, and a quoted number for an int field.
package main

import "fmt"

type Server struct {
	Host string
	Port int
}

func main() {
	ports := []int{80, 443, "8080"} // ERROR col=26 "cannot use \"8080\" (untyped string constant) as int value in array or slice literal"
	env := map[string]string{
		"HOME":  "/root",
		"DEBUG": 1, // ERROR col=12 "cannot use 1 (untyped int constant) as string value in map literal"
	}
	s := Server{Host: "localhost", Port: "9000"} // ERROR col=39 "cannot use \"9000\" (untyped string constant) as int value in struct literal"
	fmt.Println(ports, env, s)
}
