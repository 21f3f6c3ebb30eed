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
	lines []string
	pos   int
}

func (b *Buffer) Write(s string) int {
	b.lines = append(b.lines, s)
	return len(s)
}

func (b *Buffer) Read() (string, bool) {
	if b.pos >= len(b.lines) {
		return "", false
	}
	s := b.lines[b.pos]
	b.pos++
	return s, true
}

type UpperWriter struct {
	W Writer
}

func (u UpperWriter) Write(s string) int {
	return u.W.Write(strings.ToUpper(s))
}

type CountingWriter struct {
	Writer
	Count int
}

func (c *CountingWriter) Write(s string) int {
	c.Count++
	return c.Writer.Write(s)
}

func copyAll(dst Writer, src Reader) int {
	total := 0
	for {
		s, ok := src.Read()
		if !ok {
			return total
		}
		total += dst.Write(s)
	}
}

type Animal interface {
	Sound() string
}

type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string   { return "woof" }
func (c Cat) Sound() string { return c.name + " says meow" }

func main() {
	src := &Buffer{}
	src.Write("alpha")
	src.Write("beta")
	src.Write("gamma")

	dst := &Buffer{}
	cw := &CountingWriter{Writer: UpperWriter{dst}}
	n := copyAll(cw, src)
	fmt.Println(n, cw.Count, dst.lines)

	var rw ReadWriter = dst
	rw.Write("delta")
	for {
		s, ok := rw.Read()
		if !ok {
			break
		}
		fmt.Println("read:", s)
	}

	var w Writer = rw
	if r, ok := w.(Reader); ok {
		_, more := r.Read()
		fmt.Println("writer is also reader, more:", more)
	}
	if _, ok := w.(UpperWriter); !ok {
		fmt.Println("w is not an UpperWriter")
	}

	animals := []Animal{Dog{}, Cat{"tom"}, Dog{}}
	sounds := []string{}
	for _, a := range animals {
		sounds = append(sounds, a.Sound())
	}
	fmt.Println(strings.Join(sounds, "; "))

	var a1, a2 Animal = Dog{}, Dog{}
	var a3 Animal = Cat{"x"}
	fmt.Println(a1 == a2, a1 == a3, a3 == Cat{"x"})

	var any1 interface{} = 42
	var any2 interface{} = "42"
	fmt.Println(any1 == 42, any2 == "42", any1 == any2)
	things := []interface{}{1, "two", 3.0, nil, []int{4}, Dog{}}
	fmt.Println(things...)
	fmt.Println(len(things), things[3] == nil)
}
