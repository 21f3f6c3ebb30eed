// An LRU cache built from a map and a hand-rolled doubly linked list,
// with eviction callbacks, a Stringer and pointer-receiver methods.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrMiss = errors.New("cache miss")

type entry struct {
	key        string
	value      int
	prev, next *entry
}

type Cache interface {
	Get(key string) (int, error)
	Put(key string, value int)
	Len() int
}

type LRU struct {
	capacity   int
	items      map[string]*entry
	head, tail *entry
	onEvict    func(key string, value int)
	hits, miss int
}

var _ Cache = (*LRU)(nil)
var _ fmt.Stringer = (*LRU)(nil)

func NewLRU(capacity int, onEvict func(string, int)) *LRU {
	return &LRU{capacity: capacity, items: make(map[string]*entry), onEvict: onEvict}
}

func (c *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU) Get(key string) (int, error) {
	e, ok := c.items[key]
	if !ok {
		c.miss++
		return 0, fmt.Errorf("get %q: %w", key, ErrMiss)
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.value, nil
}

func (c *LRU) Put(key string, value int) {
	if e, ok := c.items[key]; ok {
		e.value = value
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) >= c.capacity && c.tail != nil {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		if c.onEvict != nil {
			c.onEvict(old.key, old.value)
		}
	}
	e := &entry{key: key, value: value}
	c.items[key] = e
	c.pushFront(e)
}

func (c *LRU) Len() int { return len(c.items) }

func (c *LRU) String() string {
	var parts []string
	for e := c.head; e != nil; e = e.next {
		parts = append(parts, fmt.Sprintf("%s=%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type Stats struct {
	Hits, Misses int
	Ratio        float64
}

func (c *LRU) Stats() Stats {
	total := c.hits + c.miss
	s := Stats{Hits: c.hits, Misses: c.miss}
	if total > 0 {
		s.Ratio = float64(c.hits) / float64(total)
	}
	return s
}

func main() {
	var evicted []string
	cache := NewLRU(3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s:%d", k, v))
	})
	for i, k := range []string{"a", "b", "c", "a", "d", "e"} {
		cache.Put(k, i*10)
	}
	fmt.Println("cache:", cache)
	for _, k := range []string{"a", "b", "d", "zz"} {
		v, err := cache.Get(k)
		if errors.Is(err, ErrMiss) {
			fmt.Printf("%-3s -> miss (%v)\n", k, err)
			continue
		}
		fmt.Printf("%-3s -> %d\n", k, v)
	}
	var c Cache = cache
	fmt.Printf("len=%d type=%T order=%s\n", c.Len(), c, cache)
	fmt.Printf("evicted: %q\n", evicted)
	fmt.Printf("stats: %+v ratio=%5.2f\n", cache.Stats(), cache.Stats().Ratio)
}
