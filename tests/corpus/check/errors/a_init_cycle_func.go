// A package-level registry whose initializer calls a function that, in a
// closure it stores, reads the registry itself. Go continues with
// "registry refers to buildRegistry" and "buildRegistry refers to
// registry". Go 1.19 worded the first line "initialization loop for".
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(args []string) string

var registry map[string]Handler = buildRegistry() // ERROR col=5 "initialization cycle for registry"

func buildRegistry() map[string]Handler {
	r := map[string]Handler{
		"echo": func(args []string) string { return strings.Join(args, " ") },
	}
	r["list"] = func(args []string) string {
		names := make([]string, 0, len(registry))
		for name := range registry {
			names = append(names, name)
		}
		sort.Strings(names)
		return strings.Join(names, ",")
	}
	return r
}

func main() {
	for _, name := range []string{"echo", "list"} {
		fmt.Println(registry[name]([]string{"a", "b"}))
	}
}
