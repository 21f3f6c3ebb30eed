package main

import (
	"fmt"
	"io"
	"strings"
)

// Empty interfaces.
type Anything interface{}
type AlsoAnything = any

// Interface with methods of various signatures.
type Shape interface {
	Area() float64
	Perimeter() (p float64)
	Scale(factor float64) Shape
	Name() string
}

// Interface embedding (local and qualified).
type Stringer interface {
	String() string
}

type ReadStringer interface {
	io.Reader
	Stringer
	fmt.Formatter
	Close() error
	Seek(offset int64, whence int) (int64, error)
}

type OneLine interface{ Get(key string) (value string, ok bool); Set(string, string) }

type Visitor interface {
	Visit(n interface{}) (w Visitor)
	Each(fn func(int, interface{ Name() string }) bool)
}

type Square struct{ side float64 }

func (s Square) Area() float64          { return s.side * s.side }
func (s Square) Perimeter() float64     { return 4 * s.side }
func (s Square) Scale(f float64) Shape  { return Square{s.side * f} }
func (s Square) Name() string           { return "square" }

func describe(s Shape) string {
	var x interface {
		Name() string
	} = s
	return x.Name()
}

func main() {
	var sh Shape = Square{2}
	var r io.Reader = strings.NewReader("text")
	var a Anything = r
	var b AlsoAnything = a
	fmt.Println(sh.Area(), sh.Scale(2).Perimeter(), describe(sh), b != nil)
}
