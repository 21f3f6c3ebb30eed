package main

import (
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	Seq      int
}

type PQ struct {
	items []Task
	seq   int
	less  func(a, b Task) bool
}

func NewPQ(less func(a, b Task) bool) *PQ { return &PQ{less: less} }

func (pq *PQ) Len() int { return len(pq.items) }

func (pq *PQ) Push(name string, prio int) {
	pq.seq++
	pq.items = append(pq.items, Task{name, prio, pq.seq})
	pq.up(len(pq.items) - 1)
}

func (pq *PQ) Pop() (Task, bool) {
	if len(pq.items) == 0 {
		return Task{}, false
	}
	top := pq.items[0]
	last := len(pq.items) - 1
	pq.items[0] = pq.items[last]
	pq.items = pq.items[:last]
	if last > 0 {
		pq.down(0)
	}
	return top, true
}

func (pq *PQ) up(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !pq.less(pq.items[i], pq.items[parent]) {
			break
		}
		pq.items[i], pq.items[parent] = pq.items[parent], pq.items[i]
		i = parent
	}
}

func (pq *PQ) down(i int) {
	n := len(pq.items)
	for {
		smallest := i
		for _, c := range []int{2*i + 1, 2*i + 2} {
			if c < n && pq.less(pq.items[c], pq.items[smallest]) {
				smallest = c
			}
		}
		if smallest == i {
			return
		}
		pq.items[i], pq.items[smallest] = pq.items[smallest], pq.items[i]
		i = smallest
	}
}

func (pq *PQ) validHeap() bool {
	for i := 1; i < len(pq.items); i++ {
		if pq.less(pq.items[i], pq.items[(i-1)/2]) {
			return false
		}
	}
	return true
}

func heapSort(xs []int) []int {
	pq := NewPQ(func(a, b Task) bool { return a.Priority < b.Priority })
	for _, x := range xs {
		pq.Push("", x)
	}
	out := make([]int, 0, len(xs))
	for pq.Len() > 0 {
		t, _ := pq.Pop()
		out = append(out, t.Priority)
	}
	return out
}

func main() {
	byPrio := func(a, b Task) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Seq < b.Seq
	}
	pq := NewPQ(byPrio)
	jobs := []struct {
		name string
		p    int
	}{{"email", 2}, {"deploy", 5}, {"lint", 1}, {"test", 5}, {"build", 4}, {"docs", 1}, {"hotfix", 9}, {"review", 4}}
	for _, j := range jobs {
		pq.Push(j.name, j.p)
	}
	fmt.Println("heap ok:", pq.validHeap(), "size:", pq.Len())
	var order []string
	for i := 0; i < 3; i++ {
		t, _ := pq.Pop()
		order = append(order, fmt.Sprintf("%s(%d)", t.Name, t.Priority))
	}
	pq.Push("urgent", 7)
	pq.Push("late", 1)
	for {
		t, ok := pq.Pop()
		if !ok {
			break
		}
		order = append(order, fmt.Sprintf("%s(%d)", t.Name, t.Priority))
	}
	fmt.Println(strings.Join(order, " > "))
	_, ok := pq.Pop()
	fmt.Println("empty pop ok:", ok)
	fmt.Println(heapSort([]int{9, -3, 7, 7, 0, 12, -8, 5, 1, 1}))
	fmt.Println(heapSort(nil), len(heapSort([]int{})))
	kth := func(xs []int, k int) int {
		h := NewPQ(func(a, b Task) bool { return a.Priority < b.Priority })
		for _, x := range xs {
			h.Push("", x)
			if h.Len() > k {
				h.Pop()
			}
		}
		t, _ := h.Pop()
		return t.Priority
	}
	fmt.Println("3rd largest:", kth([]int{4, 1, 9, 7, 3, 8, 2}, 3))
}
