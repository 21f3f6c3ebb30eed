// An LRU cache built from a map and a hand-written doubly linked list
// with sentinel node, eviction callback, and method values as hooks.
package main

import (
	"fmt"
	"strings"
)

type elem struct {
	key        string
	value      int
	prev, next *elem
}

type LRU struct {
	cap     int
	items   map[string]*elem
	root    elem
	OnEvict func(key string, value int)
}

func NewLRU(capacity int) *LRU {
	c := &LRU{cap: capacity, items: make(map[string]*elem)}
	c.root.next, c.root.prev = &c.root, &c.root
	return c
}

func (c *LRU) unlink(e *elem) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (c *LRU) pushFront(e *elem) {
	e.prev, e.next = &c.root, c.root.next
	c.root.next.prev = e
	c.root.next = e
}

func (c *LRU) Get(k string) (int, bool) {
	e, ok := c.items[k]
	if !ok {
		return 0, false
	}
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
	e := &elem{key: k, value: v}
	c.items[k] = e
	c.pushFront(e)
	if len(c.items) > c.cap {
		old := c.root.prev
		c.unlink(old)
		delete(c.items, old.key)
		if c.OnEvict != nil {
			c.OnEvict(old.key, old.value)
		}
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.root.next; e != &c.root; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

type evictLog struct{ lines []string }

func (l *evictLog) record(k string, v int) { l.lines = append(l.lines, fmt.Sprintf("%s=%d", k, v)) }

func main() {
	var log evictLog
	c := NewLRU(3)
	c.OnEvict = log.record
	for i, k := range strings.Fields("a b c a d b e") {
		c.Put(k, i)
	}
	fmt.Println("order:", c.Keys())
	if v, ok := c.Get("d"); ok {
		fmt.Println("d =", v)
	}
	_, ok := c.Get("c")
	fmt.Println("c present?", ok, "order:", c.Keys())
	c.Put("f", 100)
	fmt.Println("evicted:", strings.Join(log.lines, ", "))
	fmt.Println("final:", c.Keys(), len(c.items))
}
