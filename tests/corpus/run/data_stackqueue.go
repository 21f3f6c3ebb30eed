package main

import (
	"fmt"
	"strings"
)

type IntStack struct{ items []int }

func (s *IntStack) Push(v int) { s.items = append(s.items, v) }
func (s *IntStack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *IntStack) Len() int { return len(s.items) }

type Queue struct{ in, out IntStack }

func (q *Queue) Enqueue(v int) { q.in.Push(v) }
func (q *Queue) Dequeue() (int, bool) {
	if q.out.Len() == 0 {
		for q.in.Len() > 0 {
			v, _ := q.in.Pop()
			q.out.Push(v)
		}
	}
	return q.out.Pop()
}

func balanced(s string) (bool, int) {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st []rune
	for i, r := range s {
		switch r {
		case '(', '[', '{':
			st = append(st, r)
		case ')', ']', '}':
			if len(st) == 0 || st[len(st)-1] != pairs[r] {
				return false, i
			}
			st = st[:len(st)-1]
		}
	}
	return len(st) == 0, len(s)
}

func evalRPN(tokens string) (int, error) {
	var st IntStack
	for _, tok := range strings.Fields(tokens) {
		if strings.Contains("+-*/", tok) && len(tok) == 1 {
			b, ok1 := st.Pop()
			a, ok2 := st.Pop()
			if !ok1 || !ok2 {
				return 0, fmt.Errorf("stack underflow at %q", tok)
			}
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				if b == 0 {
					return 0, fmt.Errorf("divide by zero")
				}
				st.Push(a / b)
			}
			continue
		}
		n := 0
		for _, c := range tok {
			if c < '0' || c > '9' {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			n = n*10 + int(c-'0')
		}
		st.Push(n)
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("expected 1 value, have %d", st.Len())
	}
	v, _ := st.Pop()
	return v, nil
}

func nextGreater(xs []int) []int {
	res := make([]int, len(xs))
	var idx []int
	for i := len(xs) - 1; i >= 0; i-- {
		for len(idx) > 0 && xs[idx[len(idx)-1]] <= xs[i] {
			idx = idx[:len(idx)-1]
		}
		res[i] = -1
		if len(idx) > 0 {
			res[i] = xs[idx[len(idx)-1]]
		}
		idx = append(idx, i)
	}
	return res
}

func main() {
	var q Queue
	for i := 1; i <= 3; i++ {
		q.Enqueue(i)
	}
	a, _ := q.Dequeue()
	q.Enqueue(4)
	var got []int
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		got = append(got, v)
	}
	fmt.Println(a, got)
	for _, s := range []string{"([]{})", "([)]", "((", "", "a(b[c]d)e", "}"} {
		ok, pos := balanced(s)
		fmt.Printf("%-10q %t %d\n", s, ok, pos)
	}
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "2 3", "7 x *", "100 7 /"} {
		v, err := evalRPN(e)
		fmt.Printf("%-20q %d %v\n", e, v, err)
	}
	fmt.Println(nextGreater([]int{4, 5, 2, 25, 7, 7, 1}))
}
