// Embedding an interface in a struct to decorate it: the wrapper overrides
// one method and inherits the rest, and wrappers stack.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Store interface {
	Get(key string) (string, error)
	Put(key, value string) error
	Keys() []string
}

var ErrNotFound = errors.New("not found")

type memStore struct{ data map[string]string }

func newMem() *memStore { return &memStore{data: map[string]string{}} }

func (m *memStore) Get(k string) (string, error) {
	v, ok := m.data[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrNotFound)
	}
	return v, nil
}

func (m *memStore) Put(k, v string) error { m.data[k] = v; return nil }

func (m *memStore) Keys() []string {
	ks := make([]string, 0, len(m.data))
	for k := range m.data {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type countingStore struct {
	Store
	gets, misses int
}

func (c *countingStore) Get(k string) (string, error) {
	c.gets++
	v, err := c.Store.Get(k)
	if err != nil {
		c.misses++
	}
	return v, err
}

type upperStore struct{ Store }

func (u upperStore) Put(k, v string) error { return u.Store.Put(k, strings.ToUpper(v)) }

type readOnly struct{ Store }

func (readOnly) Put(string, string) error { return errors.New("store is read-only") }

func main() {
	base := newMem()
	counter := &countingStore{Store: base}
	var s Store = upperStore{counter}
	for _, kv := range [][2]string{{"lang", "go"}, {"vm", "govm"}, {"mode", "script"}} {
		if err := s.Put(kv[0], kv[1]); err != nil {
			fmt.Println(err)
		}
	}
	for _, k := range []string{"lang", "missing", "vm", "nope"} {
		v, err := s.Get(k)
		if errors.Is(err, ErrNotFound) {
			fmt.Println("miss:", err)
			continue
		}
		fmt.Println(k, "=", v)
	}
	fmt.Printf("gets=%d misses=%d keys=%v\n", counter.gets, counter.misses, s.Keys())

	ro := readOnly{s}
	fmt.Println(ro.Put("x", "y"), len(ro.Keys()))
	if u, ok := ro.Store.(upperStore); ok {
		_, isCounting := u.Store.(*countingStore)
		fmt.Println("unwrapped to upperStore, inner counting:", isCounting)
	}
}
