// A method with a pointer receiver needs an addressable operand. The
// result of a call, an element of a map, and a composite literal are
// not addressable, so Inc cannot be called on them directly.
package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() { c.n++ }

func (c Counter) Value() int { return c.n }

func newCounter(name string) Counter {
	return Counter{name: name}
}

func main() {
	newCounter("requests").Inc() // ERROR col=25 "cannot call pointer method Inc on Counter"
	counters := map[string]Counter{"hits": {name: "hits"}}
	counters["hits"].Inc()     // ERROR col=19 "cannot call pointer method Inc on Counter"
	Counter{name: "tmp"}.Inc() // ERROR col=23 "cannot call pointer method Inc on Counter"
	c := newCounter("ok")
	c.Inc()
	fmt.Println(c.Value(), counters["hits"].Value())
}
