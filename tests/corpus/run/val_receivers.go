package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	N    int
	Hist []int
}

func (c Counter) IncValue() { c.N++; c.Hist = append(c.Hist, c.N) }
func (c *Counter) IncPtr()  { c.N++; c.Hist = append(c.Hist, c.N) }
func (c Counter) Get() int  { return c.N }
func (c *Counter) Reset()   { *c = Counter{} }
func (c Counter) Clone() Counter {
	c.Hist = append([]int(nil), c.Hist...)
	return c
}

type Temp struct{ Deg float64 }

func (t Temp) Fahrenheit() float64 { return t.Deg*9/5 + 32 }
func (t *Temp) Warm(d float64)     { t.Deg += d }

type Doc struct {
	lines []string
}

// Value receiver but the slice header still points at shared data.
func (d Doc) Upper() {
	for i := range d.lines {
		d.lines[i] = strings.ToUpper(d.lines[i])
	}
}

func (d Doc) AddValue(s string) { d.lines = append(d.lines, s) }
func (d *Doc) Add(s string)     { d.lines = append(d.lines, s) }

type Incrementer interface{ IncPtr() }

func main() {
	var c Counter
	c.IncValue()
	c.IncValue()
	fmt.Println("after IncValue x2:", c.N, c.Hist)
	c.IncPtr()
	c.IncPtr()
	fmt.Println("after IncPtr x2:", c.N, c.Hist, c.Get())

	p := &c
	p.IncValue()
	p.IncPtr()
	fmt.Println("via pointer:", c.N, p.Get(), (*p).N)

	cl := c.Clone()
	cl.IncPtr()
	fmt.Println("clone:", c.Hist, cl.Hist)

	counters := []Counter{{N: 1}, {N: 2}}
	for _, ct := range counters {
		ct.IncPtr()
	}
	fmt.Println("range value:", counters[0].N, counters[1].N)
	for i := range counters {
		counters[i].IncPtr()
	}
	fmt.Println("range index:", counters[0].N, counters[1].N)

	m := map[string]*Counter{"a": {}, "b": {N: 10}}
	m["a"].IncPtr()
	m["b"].IncPtr()
	fmt.Println("map of pointers:", m["a"].N, m["b"].N)

	var inc Incrementer = &c
	inc.IncPtr()
	fmt.Println("through interface:", c.N)
	c.Reset()
	fmt.Println("reset:", c.N, c.Hist == nil)

	t := Temp{100}
	f := t.Fahrenheit
	t.Warm(10)
	warm := t.Warm
	warm(5)
	fmt.Printf("temp=%.1f bound F=%.1f new F=%.1f\n", t.Deg, f(), t.Fahrenheit())

	d := Doc{lines: make([]string, 0, 10)}
	d.Add("hello")
	d.Add("world")
	d.AddValue("lost?")
	fmt.Println(d.lines, len(d.lines), d.lines[:3])
	d.Upper()
	fmt.Println(d.lines)
}
