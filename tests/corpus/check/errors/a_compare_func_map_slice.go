// Funcs, maps and slices can only be compared to nil. Comparing a
// handler with a default handler, two configuration maps, or two tag
// lists needs a different approach.
package main

import "fmt"

type Handler func(string) string

func defaultHandler(s string) string { return s }

type Route struct {
	Path    string
	Handler Handler
	Tags    []string
}

func main() {
	r := Route{Path: "/", Handler: defaultHandler, Tags: []string{"a"}}
	if r.Handler == defaultHandler { // ERROR col=5 "invalid operation: r.Handler == defaultHandler (func can only be compared to nil)"
		fmt.Println("default handler on", r.Path)
	}
	old := map[string]int{"port": 80}
	cur := map[string]int{"port": 8080}
	if old != cur { // ERROR col=5 "invalid operation: old != cur (map can only be compared to nil)"
		fmt.Println("config changed")
	}
	other := Route{Path: "/x", Tags: []string{"a"}}
	fmt.Println(r.Tags == other.Tags, r.Handler != nil) // ERROR col=14 "invalid operation: r.Tags == other.Tags (slice can only be compared to nil)"
}
