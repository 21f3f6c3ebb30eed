// init functions cannot be referred to: they are not declared in the
// package block. Calling init to reset state, or taking it as a value,
// finds no such name.
package main

import "fmt"

type Cache struct {
	items map[string]int
	hits  int
}

var cache Cache

func init() {
	cache = Cache{items: map[string]int{"warm": 1}}
}

func reset() {
	init() // ERROR col=2 "undefined: init"
}

func lookup(key string) (int, bool) {
	v, ok := cache.items[key]
	if ok {
		cache.hits++
	}
	return v, ok
}

func main() {
	fmt.Println(lookup("warm"))
	reset()
	hooks := []func(){reset, init} // ERROR col=27 "undefined: init"
	fmt.Println(len(hooks), cache.hits)
}
