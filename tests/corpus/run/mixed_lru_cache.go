package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key        string
	value      int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry
	hits, miss int
	evicted    []string
	onEvict    func(k string, v int)
}

func NewLRU(capacity int) *LRU {
	c := &LRU{cap: capacity, items: make(map[string]*entry)}
	c.head = &entry{}
	c.tail = &entry{}
	c.head.next = c.tail
	c.tail.prev = c.head
	return c
}

func (c *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.head.next
	e.prev = c.head
	c.head.next.prev = e
	c.head.next = e
}

func (c *LRU) Get(k string) (int, bool) {
	e, ok := c.items[k]
	if !ok {
		c.miss++
		return 0, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.value, true
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.value = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) >= c.cap {
		old := c.tail.prev
		c.unlink(old)
		delete(c.items, old.key)
		c.evicted = append(c.evicted, old.key)
		if c.onEvict != nil {
			c.onEvict(old.key, old.value)
		}
	}
	e := &entry{key: k, value: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.head.next; e != c.tail; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func (c *LRU) String() string {
	parts := []string{}
	for e := c.head.next; e != c.tail; e = e.next {
		parts = append(parts, fmt.Sprintf("%s=%d", e.key, e.value))
	}
	return "LRU[" + strings.Join(parts, " ") + "]"
}

func slowSquare(calls *int) func(int) int {
	return func(n int) int {
		*calls++
		return n * n
	}
}

func main() {
	c := NewLRU(3)
	evictLog := []string{}
	c.onEvict = func(k string, v int) {
		evictLog = append(evictLog, fmt.Sprintf("%s:%d", k, v))
	}
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())
	c.Put("d", 4)
	fmt.Println(c)
	_, ok = c.Get("b")
	fmt.Println("b present?", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c, len(c.items))
	fmt.Println("evicted", c.evicted, evictLog)
	fmt.Printf("hits=%d miss=%d\n", c.hits, c.miss)

	calls := 0
	compute := slowSquare(&calls)
	memo := NewLRU(4)
	inputs := []int{2, 3, 2, 4, 5, 6, 2, 3, 3}
	results := []int{}
	for _, n := range inputs {
		key := fmt.Sprint(n)
		if r, ok := memo.Get(key); ok {
			results = append(results, r)
			continue
		}
		r := compute(n)
		memo.Put(key, r)
		results = append(results, r)
	}
	fmt.Println(results)
	fmt.Println("calls", calls, "hits", memo.hits, "miss", memo.miss, memo.Keys())
}
