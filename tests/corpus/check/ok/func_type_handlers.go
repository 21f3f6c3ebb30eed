// Named function types with methods, a middleware chain, and a map from
// route to handler.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path string
	User string
}

type Handler func(Request) string

func (h Handler) Serve(r Request) string { return h(r) }

type Middleware func(Handler) Handler

func logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return func(r Request) string {
			return prefix + " " + next(r)
		}
	}
}

func auth(next Handler) Handler {
	return func(r Request) string {
		if r.User == "" {
			return "401"
		}
		return next(r)
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	routes := map[string]Handler{
		"/":      func(r Request) string { return "home" },
		"/hello": func(r Request) string { return "hello " + strings.ToUpper(r.User) },
	}
	paths := make([]string, 0, len(routes))
	for p := range routes {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		h := chain(routes[p], logging("[log]"), auth)
		fmt.Println(h.Serve(Request{p, "ann"}), "|", h(Request{Path: p}))
	}
	var nilHandler Handler
	fmt.Println(nilHandler == nil)
}
