package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Counter struct {
	mu     sync.Mutex
	counts map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[key]++
}

type Cache struct {
	mu   sync.RWMutex
	data map[int]string
}

func (c *Cache) Get(k int) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Put(k int, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	c := Counter{counts: map[string]int{}}
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	for _, w := range words {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.Inc(w)
			}
		}(w)
	}
	wg.Wait()
	keys := make([]string, 0, len(c.counts))
	for k := range c.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, c.counts[k])
	}
	fmt.Println()

	cache := &Cache{data: map[int]string{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(2)
		go func(i int) {
			defer wg2.Done()
			cache.Put(i, fmt.Sprint("v", i))
		}(i)
		go func(i int) {
			defer wg2.Done()
			cache.Get(i)
		}(i)
	}
	wg2.Wait()
	v, ok := cache.Get(7)
	fmt.Println(len(cache.data), v, ok)

	var once sync.Once
	inits := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { inits++ })
	}
	fmt.Println("inits", inits)

	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()

	// Hand-off through a Mutex: the waiting task gets the lock.
	var order []string
	var m sync.Mutex
	var wg3 sync.WaitGroup
	m.Lock()
	for _, name := range []string{"a", "b", "c"} {
		wg3.Add(1)
		go func(n string) {
			defer wg3.Done()
			m.Lock()
			order = append(order, n)
			m.Unlock()
		}(name)
	}
	order = append(order, "main")
	m.Unlock()
	wg3.Wait()
	fmt.Println(len(order), order[0])

	defer func() { fmt.Println("recovered:", recover()) }()
	var bad sync.WaitGroup
	bad.Done()
}
