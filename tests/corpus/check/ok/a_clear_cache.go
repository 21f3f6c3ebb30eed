// A TTL-style cache keyed by string with hit statistics, emptied with
// the clear builtin, plus max over counters when reporting.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type entry struct {
	value   string
	expires int
	hits    int
}

type Cache struct {
	items map[string]*entry
	now   int
	ttl   int
	stats struct{ hits, misses, evictions int }
}

func NewCache(ttl int) *Cache { return &Cache{items: map[string]*entry{}, ttl: ttl} }

func (c *Cache) Tick(n int) { c.now += n }

func (c *Cache) Set(k, v string) { c.items[k] = &entry{value: v, expires: c.now + c.ttl} }

func (c *Cache) Get(k string) (string, bool) {
	e, ok := c.items[k]
	if !ok || e.expires <= c.now {
		if ok {
			delete(c.items, k)
			c.stats.evictions++
		}
		c.stats.misses++
		return "", false
	}
	e.hits++
	c.stats.hits++
	return e.value, true
}

func (c *Cache) Hottest() (key string, hits int) {
	keys := make([]string, 0, len(c.items))
	for k := range c.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if h := c.items[k].hits; h > hits {
			key, hits = k, h
		}
	}
	return
}

func (c *Cache) Flush() int {
	n := len(c.items)
	clear(c.items)
	return n
}

func main() {
	c := NewCache(5)
	for _, w := range strings.Fields("alpha beta gamma") {
		c.Set(w, strings.ToUpper(w))
	}
	for _, k := range []string{"alpha", "beta", "alpha", "delta", "alpha"} {
		v, ok := c.Get(k)
		fmt.Printf("%s:%v:%s ", k, ok, v)
	}
	fmt.Println()
	fmt.Println(c.Hottest())
	c.Tick(3)
	c.Set("delta", "D")
	c.Tick(3)
	_, okA := c.Get("alpha")
	d, okD := c.Get("delta")
	fmt.Println(okA, okD, d)
	s := c.stats
	fmt.Printf("hits=%d misses=%d evictions=%d busiest=%d\n", s.hits, s.misses, s.evictions, max(s.hits, s.misses, s.evictions))
	fmt.Println("flushed", c.Flush(), "left", len(c.items))
	c.Set("x", "y")
	fmt.Println(c.Get("x"))
}
