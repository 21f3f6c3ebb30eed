package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) At(i int) int {
	return s.items[i]
}

func main() {
	s := &Stack{}
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	fmt.Println("top:", s.At(2))
	fmt.Println("beyond:", s.At(5))
}
