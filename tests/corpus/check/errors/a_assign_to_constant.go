// Constants cannot be assigned to, incremented, or updated with an
// operator assignment. Go 1.19 described the constant in parentheses;
// current Go says "(neither addressable nor a map index expression)".
package main

import (
	"fmt"
	"strings"
)

const maxUsers = 10

const prefix string = "user-"

type Registry struct {
	names []string
}

func (r *Registry) Add(name string) bool {
	if len(r.names) >= maxUsers {
		maxUsers++ // ERROR col=3 "cannot assign to maxUsers (neither addressable nor a map index expression)"
	}
	r.names = append(r.names, prefix+name)
	return true
}

func main() {
	r := &Registry{}
	prefix = strings.ToUpper(prefix) // ERROR col=2 "cannot assign to prefix (neither addressable nor a map index expression)"
	for _, n := range []string{"ana", "bo"} {
		r.Add(n)
	}
	maxUsers += 5 // ERROR col=2 "cannot assign to maxUsers (neither addressable nor a map index expression)"
	fmt.Println(r.names)
}
