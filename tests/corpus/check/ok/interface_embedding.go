// Interfaces embedding interfaces, asserting from a small interface to a
// larger one, and an interface method set satisfied by a pointer.
package main

import (
	"fmt"
	"strings"
)

type Reader interface {
	Read() (string, bool)
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	data []string
	pos  int
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Read() (string, bool) {
	if b.pos >= len(b.data) {
		return "", false
	}
	s := b.data[b.pos]
	b.pos++
	return s, true
}

type upper struct{ w Writer }

func (u upper) Write(s string) int { return u.w.Write(strings.ToUpper(s)) }

func drain(r Reader) []string {
	var out []string
	for s, ok := r.Read(); ok; s, ok = r.Read() {
		out = append(out, s)
	}
	return out
}

func main() {
	var rw ReadWriter = &Buffer{}
	var w Writer = upper{rw}
	n := w.Write("hello")
	n += rw.Write("world")
	fmt.Println(n)
	var r Reader = rw
	if full, ok := r.(ReadWriter); ok {
		full.Write("again")
	}
	if _, ok := w.(Reader); !ok {
		fmt.Println("upper is not a Reader")
	}
	fmt.Println(drain(r))
	var empty interface{} = rw
	_, isWriter := empty.(Writer)
	fmt.Println(isWriter)
}
