// continue used to leave a switch case in a function that has no loop:
// continue applies only to for loops, break would leave the switch.
package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Method string
	Path   string
}

func route(r Request) string {
	handler := "notFound"
	switch strings.ToUpper(r.Method) {
	case "GET":
		if r.Path == "/" {
			handler = "index"
			continue // ERROR col=4 "continue is not in a loop"
		}
		handler = "show"
	case "POST":
		handler = "create"
	}
	return handler
}

func main() {
	fmt.Println(route(Request{"get", "/"}), route(Request{"POST", "/items"}))
}
