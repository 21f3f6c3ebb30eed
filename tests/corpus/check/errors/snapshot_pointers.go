// The snapshot rule (SPEC.md §3): a task gets copies of its arguments
// and of what its function literal captures, so no pointer may cross.
// Channels, sync values and pointers to them keep their identity.
package main

import (
	"fmt"
	"sync"
)

type Config struct{ Name string }

type Holder struct {
	C    *Config
	Tags []string
}

type Plain struct {
	Name string
	Tags []string
	Seen map[string]int
}

func use(c *Config) {}

func main() {
	p := &Config{"x"}
	go use(p) // ERROR col=9 "spawn cannot snapshot vm pointers: p has type *Config"
	h := Holder{p, nil}
	t := spawn(func(h Holder) int { return len(h.Tags) }, h) // ERROR col=56 "spawn cannot snapshot vm pointers: h has type Holder"
	_ = t
	go func() { // ERROR col=5 "spawn cannot snapshot vm pointers: captured p has type *Config"
		fmt.Println(p.Name)
	}()
	ptrs := []*Config{p}
	go func(list []*Config) {}(ptrs) // ERROR col=29 "spawn cannot snapshot vm pointers: ptrs has type []*Config"

	// Allowed: values without pointers, channels, and sync values.
	plain := Plain{"ok", []string{"a"}, map[string]int{}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	ch := make(chan *Config, 1)
	wg.Add(1)
	go func(pl Plain, wg *sync.WaitGroup, ch chan *Config) {
		defer wg.Done()
		mu.Lock()
		ch <- nil
		mu.Unlock()
		_ = pl
	}(plain, &wg, ch)
	wg.Wait()
}
