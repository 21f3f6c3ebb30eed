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

type Named interface {
	Name() string
}

type NamedReadWriter interface {
	ReadWriter
	Named
}

type Buffer struct {
	lines []string
	pos   int
}

func (b *Buffer) Read() (string, bool) {
	if b.pos >= len(b.lines) {
		return "", false
	}
	b.pos++
	return b.lines[b.pos-1], true
}

func (b *Buffer) Write(s string) int {
	b.lines = append(b.lines, s)
	return len(s)
}

func (b *Buffer) Name() string { return "buffer" }

// UpperBuffer embeds *Buffer and overrides Write.
type UpperBuffer struct {
	*Buffer
	writes int
}

func (u *UpperBuffer) Write(s string) int {
	u.writes++
	return u.Buffer.Write(strings.ToUpper(s))
}

// Logger embeds a Writer interface value.
type Logger struct {
	Writer
	Prefix string
}

func (l Logger) Log(msg string) { l.Write(l.Prefix + msg) }

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("Base#%d", b.ID) }
func (b Base) Kind() string     { return "base" }

type Derived struct {
	Base
	Extra string
}

func (d Derived) Kind() string { return "derived(" + d.Base.Kind() + ")" }

func copyAll(dst Writer, src Reader) int {
	n := 0
	for {
		s, ok := src.Read()
		if !ok {
			return n
		}
		n += dst.Write(s)
	}
}

func main() {
	src := &Buffer{lines: []string{"alpha", "beta", "gamma"}}
	up := &UpperBuffer{Buffer: &Buffer{}}
	n := copyAll(up, src)
	fmt.Println("copied bytes:", n, "lines:", up.lines, "writes:", up.writes)

	var rw ReadWriter = up
	rw.Write("delta")
	for s, ok := rw.Read(); ok; s, ok = rw.Read() {
		fmt.Print(s, ";")
	}
	fmt.Println()

	var nrw NamedReadWriter = up
	fmt.Println("promoted name:", nrw.Name())
	if _, ok := interface{}(src).(NamedReadWriter); ok {
		fmt.Println("*Buffer satisfies NamedReadWriter")
	}
	if _, ok := interface{}(Buffer{}).(Writer); !ok {
		fmt.Println("Buffer value does not satisfy Writer")
	}
	var r Reader = nrw
	_, isW := r.(Writer)
	fmt.Printf("reader %T is writer: %v\n", r, isW)

	log := Logger{Writer: up, Prefix: "[log] "}
	log.Log("started")
	log.Log("done")
	fmt.Println(up.lines[len(up.lines)-2:], up.writes)

	d := Derived{Base{7}, "x"}
	fmt.Println(d.Describe(), d.Kind(), d.ID, d.Base.ID)
	fmt.Printf("%+v\n", d)
	type Kinder interface{ Kind() string }
	for _, k := range []Kinder{d, d.Base, Base{9}} {
		fmt.Printf("%T -> %s\n", k, k.Kind())
	}
}
