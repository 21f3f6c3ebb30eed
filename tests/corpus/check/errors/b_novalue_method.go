// Push has no result, but it is used as an if condition and passed to
// fmt.Println.
package main

import "fmt"

type Stack struct {
	items []string
	limit int
}

func (s *Stack) Push(v string) {
	if len(s.items) < s.limit {
		s.items = append(s.items, v)
	}
}

func (s *Stack) Len() int { return len(s.items) }

func main() {
	s := &Stack{limit: 2}
	for _, w := range []string{"a", "b", "c"} {
		if s.Push(w) { // ERROR col=6 "s.Push(w) (no value) used as value"
			fmt.Println("pushed", w)
		}
	}
	fmt.Println(s.Push("d")) // ERROR col=14 "s.Push(\"d\") (no value) used as value"
	fmt.Println(s.Len())
}
