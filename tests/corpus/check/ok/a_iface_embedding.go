// Interfaces embedding other interfaces, implementations with partial
// method sets, and comma-ok type assertions to discover capabilities.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Reader interface {
	ReadLine() (string, bool)
}

type Closer interface {
	Close() error
}

type Resetter interface {
	Reset()
}

type ReadCloser interface {
	Reader
	Closer
}

type ReadResetCloser interface {
	ReadCloser
	Resetter
}

type lineSource struct {
	lines  []string
	pos    int
	closed bool
}

func (s *lineSource) ReadLine() (string, bool) {
	if s.closed || s.pos >= len(s.lines) {
		return "", false
	}
	s.pos++
	return s.lines[s.pos-1], true
}

func (s *lineSource) Close() error {
	if s.closed {
		return errors.New("already closed")
	}
	s.closed = true
	return nil
}

func (s *lineSource) Reset() { s.pos = 0 }

type onceSource struct{ text string }

func (o *onceSource) ReadLine() (string, bool) {
	t := o.text
	o.text = ""
	return t, t != ""
}

func drain(r Reader) []string {
	var out []string
	for {
		line, ok := r.ReadLine()
		if !ok {
			break
		}
		out = append(out, strings.TrimSpace(line))
	}
	if c, ok := r.(Closer); ok {
		if err := c.Close(); err != nil {
			out = append(out, "close error: "+err.Error())
		}
	}
	return out
}

func main() {
	src := &lineSource{lines: []string{" alpha ", "beta", "  gamma"}}
	var rrc ReadResetCloser = src
	var rc ReadCloser = rrc
	var r Reader = rc

	fmt.Println(drain(r))
	if rs, ok := r.(Resetter); ok {
		rs.Reset()
		fmt.Println("after reset:", src.pos, "closed:", src.closed)
	}
	fmt.Println(rc.Close())

	once := &onceSource{"only line"}
	fmt.Println(drain(once))
	var r2 Reader = once
	_, isCloser := r2.(Closer)
	_, isFull := r2.(ReadResetCloser)
	fmt.Println("once closer?", isCloser, "full?", isFull)

	sources := []Reader{&lineSource{lines: []string{"x"}}, &onceSource{"y"}}
	for i, s := range sources {
		switch v := s.(type) {
		case ReadResetCloser:
			fmt.Println(i, "full interface", len(v.(*lineSource).lines))
		case Reader:
			fmt.Println(i, "reader only")
		}
	}
}
