// Struct embedding: promoted fields and methods, shadowing, and an
// embedded pointer satisfying an interface.
package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Dump() string { return strings.Join(l.lines, "\n") }

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("#%d %s", b.ID, b.Name) }

type Server struct {
	Base
	*Logger
	Port int
}

// Describe shadows Base.Describe but can still call it.
func (s Server) Describe() string { return s.Base.Describe() + fmt.Sprintf(":%d", s.Port) }

type Describer interface{ Describe() string }
type LogSink interface{ Logf(string, ...any) }

func main() {
	s := Server{Base: Base{ID: 7, Name: "web"}, Logger: &Logger{prefix: "[web] "}, Port: 8080}
	s.Logf("starting %s on %d", s.Name, s.Port)
	s.ID++
	s.Logf("id now %d", s.ID)

	var d Describer = s
	var sink LogSink = s
	sink.Logf("described as %q", d.Describe())
	fmt.Println(s.Dump())
	fmt.Println(Describer(s.Base).Describe())
}
