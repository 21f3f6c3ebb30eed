package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) {
	s.items = append(s.items, v)
}

func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack) Len() int {
	return len(s.items)
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 {
	return float64(c)*9/5 + 32
}

type Temp struct {
	City string
	Deg  Celsius
}

func (t Temp) Describe() string {
	if t.Deg > 25 {
		return t.City + " is hot"
	}
	return t.City + " is mild"
}

func main() {
	var s Stack
	for i := 1; i <= 4; i++ {
		s.Push(i * 10)
	}
	fmt.Println(s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Println("popped", v)
	}
	fmt.Println(s.Len())

	temps := []Temp{{"Oslo", 12}, {"Cairo", 35.5}}
	for _, t := range temps {
		fmt.Println(t.Describe(), t.Deg.Fahrenheit())
	}

	c := Celsius(100)
	fmt.Println(c, c.Fahrenheit())

	ps := &Stack{}
	ps.Push(7)
	fmt.Println(ps.Len(), ps.items)
}
