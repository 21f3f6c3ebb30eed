package main

import (
	"fmt"
	"strconv"
	"strings"
)

type node struct {
	key        string
	val        int
	prev, next *node
}

type LRU struct {
	cap        int
	items      map[string]*node
	head, tail *node
	evicted    []string
	hits, miss int
}

func NewLRU(capacity int) *LRU {
	h, t := &node{}, &node{}
	h.next, t.prev = t, h
	return &LRU{cap: capacity, items: map[string]*node{}, head: h, tail: t}
}

func (c *LRU) unlink(n *node) {
	n.prev.next = n.next
	n.next.prev = n.prev
}

func (c *LRU) pushFront(n *node) {
	n.next = c.head.next
	n.prev = c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRU) Get(key string) (int, bool) {
	n, ok := c.items[key]
	if !ok {
		c.miss++
		return 0, false
	}
	c.hits++
	c.unlink(n)
	c.pushFront(n)
	return n.val, true
}

func (c *LRU) Put(key string, val int) {
	if n, ok := c.items[key]; ok {
		n.val = val
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) >= c.cap {
		victim := c.tail.prev
		c.unlink(victim)
		delete(c.items, victim.key)
		c.evicted = append(c.evicted, victim.key)
	}
	n := &node{key: key, val: val}
	c.items[key] = n
	c.pushFront(n)
}

func (c *LRU) String() string {
	var parts []string
	for n := c.head.next; n != c.tail; n = n.next {
		parts = append(parts, fmt.Sprintf("%s:%d", n.key, n.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func (c *LRU) Reverse() []string {
	var keys []string
	for n := c.tail.prev; n != c.head; n = n.prev {
		keys = append(keys, n.key)
	}
	return keys
}

func main() {
	c := NewLRU(3)
	script := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b",
		"get c", "put a 10", "put e 5", "get d", "get a", "put f 6", "get e"}
	for _, line := range script {
		f := strings.Fields(line)
		op, key := f[0], f[1]
		val := 0
		if len(f) > 2 {
			val, _ = strconv.Atoi(f[2])
		}
		switch op {
		case "put":
			c.Put(key, val)
			fmt.Printf("%-9s -> %v\n", line, c)
		case "get":
			v, ok := c.Get(key)
			fmt.Printf("%-9s -> %d %t %v\n", line, v, ok, c)
		}
	}
	fmt.Println("evicted:", c.evicted)
	fmt.Println("lru order:", c.Reverse())
	fmt.Printf("hits=%d misses=%d ratio=%.2f\n", c.hits, c.miss, float64(c.hits)/float64(c.hits+c.miss))
}
