// A binary-heap priority queue of tasks implemented by hand over a slice,
// with sort.Interface-style methods and a stable tie-break on sequence.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	seq      int
}

type PQ struct {
	items []Task
	next  int
}

var ErrEmpty = errors.New("queue empty")

func (q *PQ) Len() int { return len(q.items) }

func (q *PQ) less(i, j int) bool {
	a, b := q.items[i], q.items[j]
	if a.Priority != b.Priority {
		return a.Priority > b.Priority
	}
	return a.seq < b.seq
}

func (q *PQ) swap(i, j int) { q.items[i], q.items[j] = q.items[j], q.items[i] }

func (q *PQ) Push(name string, prio int) {
	q.items = append(q.items, Task{name, prio, q.next})
	q.next++
	for i := len(q.items) - 1; i > 0; {
		parent := (i - 1) / 2
		if !q.less(i, parent) {
			break
		}
		q.swap(i, parent)
		i = parent
	}
}

func (q *PQ) Pop() (Task, error) {
	if len(q.items) == 0 {
		return Task{}, ErrEmpty
	}
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	for i := 0; ; {
		l, r, best := 2*i+1, 2*i+2, i
		if l < len(q.items) && q.less(l, best) {
			best = l
		}
		if r < len(q.items) && q.less(r, best) {
			best = r
		}
		if best == i {
			break
		}
		q.swap(i, best)
		i = best
	}
	return top, nil
}

func main() {
	q := &PQ{}
	jobs := map[string]int{"backup": 2, "deploy": 5, "email": 1, "index": 2, "alert": 9}
	for _, name := range []string{"backup", "deploy", "email", "index", "alert"} {
		q.Push(name, jobs[name])
	}
	q.Push("hotfix", 9)
	var order []string
	for q.Len() > 0 {
		t, _ := q.Pop()
		order = append(order, fmt.Sprintf("%s(%d)", t.Name, t.Priority))
	}
	fmt.Println(strings.Join(order, " "))
	if _, err := q.Pop(); errors.Is(err, ErrEmpty) {
		fmt.Println("drained:", err)
	}
	for i := 10; i > 0; i -= 3 {
		q.Push(fmt.Sprint("n", i), i%4)
	}
	t, err := q.Pop()
	fmt.Println(t.Name, t.Priority, err, q.Len())
}
