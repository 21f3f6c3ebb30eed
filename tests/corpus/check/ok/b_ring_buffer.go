// A fixed-capacity ring buffer of log lines with overwrite-on-full, an
// iterator closure, a Stringer, and errors for reads from an empty buffer.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Ring struct {
	buf        []string
	head, size int
	dropped    int
}

var ErrEmpty = errors.New("ring is empty")

type Queue interface {
	Push(s string)
	Shift() (string, error)
	Len() int
}

var _ Queue = (*Ring)(nil)
var _ fmt.Stringer = Ring{}

func NewRing(capacity int) *Ring { return &Ring{buf: make([]string, capacity)} }

func (r *Ring) Push(s string) {
	idx := (r.head + r.size) % len(r.buf)
	r.buf[idx] = s
	if r.size == len(r.buf) {
		r.head = (r.head + 1) % len(r.buf)
		r.dropped++
		return
	}
	r.size++
}

func (r *Ring) Shift() (string, error) {
	if r.size == 0 {
		return "", ErrEmpty
	}
	s := r.buf[r.head]
	r.buf[r.head] = ""
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return s, nil
}

func (r Ring) Len() int { return r.size }

// Iter returns a closure that yields items oldest-first, then ok=false.
func (r *Ring) Iter() func() (string, bool) {
	i := 0
	return func() (string, bool) {
		if i >= r.size {
			return "", false
		}
		s := r.buf[(r.head+i)%len(r.buf)]
		i++
		return s, true
	}
}

func (r Ring) String() string {
	items := make([]string, 0, r.size)
	next := r.Iter()
	for s, ok := next(); ok; s, ok = next() {
		items = append(items, s)
	}
	return fmt.Sprintf("Ring(%d/%d)[%s]", r.size, len(r.buf), strings.Join(items, " | "))
}

func tail(q Queue, n int) []string {
	var out []string
	for i := 0; i < n; i++ {
		s, err := q.Shift()
		if err != nil {
			out = append(out, "<"+err.Error()+">")
			break
		}
		out = append(out, s)
	}
	return out
}

func main() {
	r := NewRing(4)
	levels := []string{"INFO", "WARN", "INFO", "ERROR", "INFO", "DEBUG"}
	for i, lv := range levels {
		r.Push(fmt.Sprintf("%s:%02d", lv, i))
		fmt.Println(r)
	}
	fmt.Printf("len=%d dropped=%d\n", r.Len(), r.dropped)
	counts := map[string]int{}
	next := r.Iter()
	for s, ok := next(); ok; s, ok = next() {
		lv, _, _ := strings.Cut(s, ":")
		counts[lv]++
	}
	fmt.Printf("levels in window: %v\n", counts)
	var q Queue = r
	fmt.Printf("%q\n", tail(q, 2))
	q.Push("AUDIT:99")
	fmt.Printf("%q\n", tail(q, 10))
	if _, err := q.Shift(); err == ErrEmpty {
		fmt.Printf("%T empty: %v\n", q, err)
	}
}
