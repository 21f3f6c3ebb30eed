// A stack and a ring-buffer queue as named slice and struct types with
// pointer-receiver methods, and an error for the empty case.
package main

import (
	"errors"
	"fmt"
)

var errEmpty = errors.New("empty")

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func (s *Stack) Pop() (int, error) {
	old := *s
	if len(old) == 0 {
		return 0, errEmpty
	}
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v, nil
}

func (s Stack) Peek() (int, bool) {
	if len(s) == 0 {
		return 0, false
	}
	return s[len(s)-1], true
}

type Queue struct {
	buf        [4]string
	head, size int
}

func (q *Queue) Put(s string) bool {
	if q.size == len(q.buf) {
		return false
	}
	q.buf[(q.head+q.size)%len(q.buf)] = s
	q.size++
	return true
}

func (q *Queue) Get() (string, error) {
	if q.size == 0 {
		return "", fmt.Errorf("queue: %w", errEmpty)
	}
	s := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return s, nil
}

func main() {
	var st Stack
	for i := 1; i <= 3; i++ {
		st.Push(i * 10)
	}
	top, _ := st.Peek()
	fmt.Println("top", top, len(st))
	for {
		v, err := st.Pop()
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println(v)
	}
	q := &Queue{}
	for _, w := range []string{"a", "b", "c", "d", "e"} {
		if !q.Put(w) {
			fmt.Println("full at", w)
		}
	}
	for s, err := q.Get(); err == nil; s, err = q.Get() {
		fmt.Print(s)
	}
	_, err := q.Get()
	fmt.Println("\n", errors.Is(err, errEmpty))
}
