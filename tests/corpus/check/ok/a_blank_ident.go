// The blank identifier: compile-time interface checks, discarded results,
// ignored range values and parameters, and blank struct fields.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Square struct{ Side float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (s *Square) Area() float64 { return s.Side * s.Side }
func (s *Square) Name() string  { return "square" }

var _ Shape = Rect{}
var _ Shape = (*Square)(nil)
var _ fmt.Stringer = Temperature(0)

type Temperature int

func (t Temperature) String() string { return strconv.Itoa(int(t)) + "C" }

type Header struct {
	Version uint8
	_       [3]byte
	Length  uint32
}

func ignoreSecond(a int, _ string) int { return a * 2 }

func pair() (int, error) { return 41, nil }

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}, Rect{W: 1.5, H: 2}}
	var total float64
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total area %.2f\n", total)

	for i := range shapes {
		_ = shapes[i].Name()
	}
	n, _ := pair()
	_, err := pair()
	fmt.Println(n+1, err == nil)

	_, _ = strconv.Atoi("12")
	if v, err := strconv.Atoi("x7"); err != nil {
		fmt.Println("parse failed, value", v)
	}

	h := Header{Version: 2, Length: 512}
	fmt.Printf("header v%d len=%d\n", h.Version, h.Length)

	var _ = ignoreSecond(5, "unused")
	fmt.Println(ignoreSecond(21, ""))

	counts := map[string]int{}
	for _, w := range strings.Fields("a b a c b a") {
		counts[w]++
	}
	keys := 0
	for range counts {
		keys++
	}
	fmt.Println("distinct:", keys, "a:", counts["a"])
	var t Temperature = 21
	fmt.Println(t)
	x := 3
	_ = x
}
