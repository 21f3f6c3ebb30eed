package main

import (
	"errors"
	"fmt"
	"strings"
)

type Reader interface {
	Read() (string, error)
}

type Writer interface {
	Write(s string) int
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

var ErrClosed = errors.New("closed")

type Pipe struct {
	buf    []string
	closed bool
	writes int
}

func (p *Pipe) Read() (string, error) {
	if len(p.buf) == 0 {
		if p.closed {
			return "", ErrClosed
		}
		return "", nil
	}
	s := p.buf[0]
	p.buf = p.buf[1:]
	return s, nil
}

func (p *Pipe) Write(s string) int {
	if p.closed {
		return 0
	}
	p.buf = append(p.buf, s)
	p.writes++
	return len(s)
}

func (p *Pipe) Close() error {
	if p.closed {
		return fmt.Errorf("close twice: %w", ErrClosed)
	}
	p.closed = true
	return nil
}

type UpperWriter struct {
	Writer
	prefix string
}

func (u UpperWriter) Write(s string) int {
	return u.Writer.Write(u.prefix + strings.ToUpper(s))
}

type Logger struct {
	ReadWriter
	log []string
}

func (l *Logger) Write(s string) int {
	l.log = append(l.log, "write:"+s)
	return l.ReadWriter.Write(s)
}

func drain(r Reader) []string {
	var out []string
	for {
		s, err := r.Read()
		if err != nil || s == "" {
			return out
		}
		out = append(out, s)
	}
}

func main() {
	p := &Pipe{}
	var rwc ReadWriteCloser = p
	var rw ReadWriter = rwc
	var w Writer = rw
	fmt.Println(w.Write("hello"), rw.Write("world"))
	fmt.Println(drain(rw))

	uw := UpperWriter{Writer: p, prefix: "> "}
	uw.Write("shout")
	var w2 Writer = uw
	w2.Write("again")
	fmt.Println(drain(p), p.writes)

	lg := &Logger{ReadWriter: p}
	var rw2 ReadWriter = lg
	rw2.Write("via logger")
	s, _ := rw2.Read()
	fmt.Println(s, lg.log)

	fmt.Println(rwc.Close(), rwc.Close())
	fmt.Println(errors.Is(rwc.Close(), ErrClosed), w.Write("late"))
	_, err := rwc.Read()
	fmt.Println(err, err == ErrClosed)

	if c, ok := w.(Closer); ok {
		fmt.Println("writer is also a Closer:", c.Close() != nil)
	}
	_, isCloser := interface{}(uw).(Closer)
	_, isRW := interface{}(lg).(ReadWriter)
	_, isRWC := interface{}(lg).(ReadWriteCloser)
	fmt.Println(isCloser, isRW, isRWC)
	fmt.Printf("%T %T %T\n", w, uw.Writer, lg.ReadWriter)
}
