package main

import (
	"fmt"
	"strings"
)

// Stringer mirrors fmt.Stringer; fmt uses any type with this method set.
type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Counter struct {
	Name string
	hits int
}

// String has a pointer receiver: only *Counter is a Stringer.
func (c *Counter) String() string { return fmt.Sprintf("%s=%d", c.Name, c.hits) }

func (c *Counter) Inc() { c.hits++ }

type Level int

func (l Level) String() string {
	return [...]string{"DEBUG", "INFO", "WARN", "ERROR"}[l]
}

type Reading struct {
	Where string
	Temp  Celsius
	temp  Celsius
	Lvl   Level
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }

type Pair struct{ K, V string }

func (p Pair) String() string { return p.K + "=>" + p.V }

func describe(v interface{}) string {
	if s, ok := v.(Stringer); ok {
		return "Stringer(" + s.String() + ")"
	}
	return fmt.Sprintf("plain(%v)", v)
}

func main() {
	t := Celsius(21.456)
	fmt.Println(t, float64(t))
	fmt.Printf("%v|%s|%.2f|%6.1f|%q\n", t, t, t, t, t)

	c := Counter{Name: "requests"}
	c.Inc()
	c.Inc()
	fmt.Println(&c)
	fmt.Println(c)
	fmt.Printf("%v %+v\n", c, &c)

	fmt.Println(Level(0), Level(3))
	fmt.Printf("%v %d %s %x\n", Level(2), Level(2), Level(1), Level(3))

	r := Reading{"lab", 19.5, 20.25, 1}
	fmt.Printf("%v\n%+v\n", r, r)

	p := Path{"usr", "local", "bin"}
	fmt.Println(p, len(p), p[1:])
	fmt.Printf("%v %s %d\n", p, p, len(p.String()))

	pairs := []Pair{{"a", "1"}, {"b", "2"}}
	fmt.Println(pairs)
	m := map[Pair]Level{{"x", "y"}: 2, {"a", "b"}: 0}
	fmt.Println(m)

	things := []interface{}{t, c, &c, Level(1), p, 42, "str", Pair{"k", "v"}}
	for _, th := range things {
		fmt.Println(describe(th))
	}
	var s Stringer = &c
	c.Inc()
	fmt.Println("through interface:", s, s.String())
	s = t
	t = 0
	fmt.Println("value copy in interface:", s, t)
}
