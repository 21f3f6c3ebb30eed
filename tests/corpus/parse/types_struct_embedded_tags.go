package main

import (
	"bytes"
	"fmt"
	"log"
	"sync"
)

type Base struct {
	ID int
}

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }

type Named struct {
	Name string
}

type Sink interface {
	Log(msg string)
}

// Struct with embedded fields: T, *T, pkg.T, *pkg.T, an interface,
// field tags (interpreted and raw), grouped field names and blank fields.
type Record struct {
	Base
	*Named
	sync.Mutex
	*bytes.Buffer
	Sink

	Title       string `json:"title"`
	Count, Max  int    "db:\"count\""
	Tags        []string `json:"tags,omitempty" xml:"tag"`
	private     bool
	_           [4]byte
	Meta        struct {
		Author  string
		Version int `json:"v"`
	}
	Callback    func(*Record) error
	Children    map[string]*Record
	log.Logger  `embedded:"with tag"`
}

type Empty struct{}

type OneLine struct{ A, B int; C string }

type Pair struct {
	Left, Right interface{}
}

func main() {
	r := Record{
		Base:   Base{ID: 7},
		Named:  &Named{Name: "seven"},
		Buffer: new(bytes.Buffer),
		Title:  "rec",
		Count:  1,
		Max:    10,
	}
	r.Lock()
	r.WriteString("hello")
	r.Unlock()
	r.Meta.Author = "me"
	fmt.Println(r.Describe(), r.Name, r.ID, r.String(), r.Meta.Author, Empty{}, OneLine{1, 2, "c"}, Pair{1, "x"})
}
