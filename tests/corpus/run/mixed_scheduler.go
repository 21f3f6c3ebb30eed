package main

import (
	"fmt"
	"strings"
)

type Job struct {
	Name     string
	Priority int
	Arrival  int
	Duration int
}

type PQ struct {
	items []*Job
	less  func(a, b *Job) bool
}

func (q *PQ) Len() int { return len(q.items) }

func (q *PQ) Push(j *Job) {
	q.items = append(q.items, j)
	i := len(q.items) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !q.less(q.items[i], q.items[parent]) {
			break
		}
		q.items[i], q.items[parent] = q.items[parent], q.items[i]
		i = parent
	}
}

func (q *PQ) Pop() *Job {
	n := len(q.items)
	top := q.items[0]
	q.items[0] = q.items[n-1]
	q.items = q.items[:n-1]
	i := 0
	for {
		l, r := 2*i+1, 2*i+2
		best := i
		if l < len(q.items) && q.less(q.items[l], q.items[best]) {
			best = l
		}
		if r < len(q.items) && q.less(q.items[r], q.items[best]) {
			best = r
		}
		if best == i {
			break
		}
		q.items[i], q.items[best] = q.items[best], q.items[i]
		i = best
	}
	return top
}

type Result struct {
	Name          string
	Start, Finish int
	Wait          int
}

func simulate(jobs []Job, less func(a, b *Job) bool) []Result {
	q := &PQ{less: less}
	var results []Result
	time, next := 0, 0
	for next < len(jobs) || q.Len() > 0 {
		for next < len(jobs) && jobs[next].Arrival <= time {
			j := jobs[next]
			q.Push(&j)
			next++
		}
		if q.Len() == 0 {
			time = jobs[next].Arrival
			continue
		}
		j := q.Pop()
		r := Result{Name: j.Name, Start: time, Wait: time - j.Arrival}
		time += j.Duration
		r.Finish = time
		results = append(results, r)
	}
	return results
}

func report(title string, rs []Result) {
	fmt.Println("==", title)
	totalWait := 0
	var order []string
	for _, r := range rs {
		fmt.Printf("  %-5s start=%2d finish=%2d wait=%2d\n", r.Name, r.Start, r.Finish, r.Wait)
		totalWait += r.Wait
		order = append(order, r.Name)
	}
	fmt.Printf("  order: %s, avg wait %.2f\n", strings.Join(order, ">"), float64(totalWait)/float64(len(rs)))
}

func main() {
	jobs := []Job{
		{"build", 2, 0, 5},
		{"lint", 1, 1, 2},
		{"test", 3, 2, 4},
		{"docs", 1, 3, 1},
		{"deploy", 5, 15, 3},
		{"bench", 2, 16, 6},
		{"notify", 4, 17, 1},
	}
	fifo := func(a, b *Job) bool {
		if a.Arrival != b.Arrival {
			return a.Arrival < b.Arrival
		}
		return a.Name < b.Name
	}
	byPriority := func(a, b *Job) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return fifo(a, b)
	}
	shortest := func(a, b *Job) bool {
		if a.Duration != b.Duration {
			return a.Duration < b.Duration
		}
		return fifo(a, b)
	}
	report("fifo", simulate(jobs, fifo))
	report("priority", simulate(jobs, byPriority))
	report("shortest", simulate(jobs, shortest))
	fmt.Println(jobs[0], len(jobs))

	q := &PQ{less: func(a, b *Job) bool { return a.Name < b.Name }}
	for _, n := range strings.Fields("pear fig apple kiwi banana cherry") {
		q.Push(&Job{Name: n})
	}
	var names []string
	for q.Len() > 0 {
		names = append(names, q.Pop().Name)
	}
	fmt.Println(names)
}
