// A job priority queue implementing sort.Interface plus hand-written
// sift-up/sift-down, with index tracking so priorities can be updated.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Job struct {
	Name     string
	Priority int
	index    int
}

type JobQueue struct {
	jobs   []*Job
	byName map[string]*Job
}

var _ sort.Interface = (*JobQueue)(nil)

func (q *JobQueue) Len() int { return len(q.jobs) }
func (q *JobQueue) Less(i, j int) bool {
	if q.jobs[i].Priority != q.jobs[j].Priority {
		return q.jobs[i].Priority > q.jobs[j].Priority
	}
	return q.jobs[i].Name < q.jobs[j].Name
}
func (q *JobQueue) Swap(i, j int) {
	q.jobs[i], q.jobs[j] = q.jobs[j], q.jobs[i]
	q.jobs[i].index = i
	q.jobs[j].index = j
}

func (q *JobQueue) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !q.Less(i, p) {
			return
		}
		q.Swap(i, p)
		i = p
	}
}

func (q *JobQueue) down(i int) {
	n := q.Len()
	for {
		best := i
		for _, c := range []int{2*i + 1, 2*i + 2} {
			if c < n && q.Less(c, best) {
				best = c
			}
		}
		if best == i {
			return
		}
		q.Swap(i, best)
		i = best
	}
}

var ErrEmpty = errors.New("queue is empty")

func (q *JobQueue) Push(name string, prio int) {
	if q.byName == nil {
		q.byName = make(map[string]*Job)
	}
	j := &Job{Name: name, Priority: prio, index: len(q.jobs)}
	q.jobs = append(q.jobs, j)
	q.byName[name] = j
	q.up(j.index)
}

func (q *JobQueue) Pop() (*Job, error) {
	if q.Len() == 0 {
		return nil, ErrEmpty
	}
	last := q.Len() - 1
	q.Swap(0, last)
	j := q.jobs[last]
	q.jobs = q.jobs[:last]
	delete(q.byName, j.Name)
	q.down(0)
	j.index = -1
	return j, nil
}

func (q *JobQueue) Update(name string, prio int) error {
	j, ok := q.byName[name]
	if !ok {
		return fmt.Errorf("update %q: not queued", name)
	}
	j.Priority = prio
	q.up(j.index)
	q.down(j.index)
	return nil
}

func main() {
	q := &JobQueue{}
	for i, name := range []string{"backup", "email", "compile", "deploy", "lint", "test"} {
		q.Push(name, (i*7)%5)
	}
	snapshot := &JobQueue{}
	for _, j := range q.jobs {
		c := *j
		snapshot.jobs = append(snapshot.jobs, &c)
	}
	sort.Sort(snapshot)
	for _, j := range snapshot.jobs {
		fmt.Printf("%+v ", *j)
	}
	fmt.Println(sort.IsSorted(snapshot), q.byName["lint"].index)
	if err := q.Update("lint", 10); err != nil {
		fmt.Println(err)
	}
	fmt.Println(q.Update("ghost", 1))
	for {
		j, err := q.Pop()
		if err == ErrEmpty {
			fmt.Println("done:", err)
			break
		}
		fmt.Printf("run %-8s prio=%d\n", j.Name, j.Priority)
	}
}
