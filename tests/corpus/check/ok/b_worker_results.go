// A job runner with a fixed pool of goroutine workers: jobs and results
// over buffered channels, per-job errors collected, a select with timeout.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"time"
)

type Job struct {
	ID int
	N  int
}

type Result struct {
	JobID  int
	Worker int
	Value  int
	Err    error
}

var ErrNotPositive = errors.New("input must be positive")

type JobError struct {
	ID  int
	Err error
}

func (e *JobError) Error() string { return fmt.Sprintf("job %d: %v", e.ID, e.Err) }
func (e *JobError) Unwrap() error { return e.Err }

var _ error = (*JobError)(nil)

// collatz counts steps to reach 1; it refuses bad input.
func collatz(n int) (int, error) {
	if n <= 0 {
		return 0, ErrNotPositive
	}
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			if n > (math.MaxInt-1)/3 {
				return steps, fmt.Errorf("overflow at step %d", steps)
			}
			n = 3*n + 1
		}
		steps++
	}
	return steps, nil
}

func worker(id int, jobs <-chan Job, results chan<- Result) {
	for j := range jobs {
		v, err := collatz(j.N)
		if err != nil {
			err = &JobError{j.ID, err}
		}
		results <- Result{j.ID, id, v, err}
	}
}

func main() {
	inputs := []int{27, 97, -5, 871, 6171, 0, 77031, 1}
	jobs := make(chan Job, len(inputs))
	results := make(chan Result, len(inputs))
	const workers = 3
	for w := 1; w <= workers; w++ {
		go worker(w, jobs, results)
	}
	for i, n := range inputs {
		jobs <- Job{i, n}
	}
	close(jobs)
	var got []Result
	timeout := time.After(2 * time.Second)
	for len(got) < len(inputs) {
		select {
		case r := <-results:
			got = append(got, r)
		case <-timeout:
			fmt.Println("timed out")
			return
		}
	}
	sort.Slice(got, func(i, j int) bool { return got[i].JobID < got[j].JobID })
	perWorker := map[int]int{}
	best := Result{Value: -1}
	for _, r := range got {
		perWorker[r.Worker]++
		var je *JobError
		switch {
		case errors.Is(r.Err, ErrNotPositive) && errors.As(r.Err, &je):
			fmt.Printf("job %d (n=%d): rejected: %v\n", je.ID, inputs[je.ID], r.Err)
		case r.Err != nil:
			fmt.Printf("job %d: %v\n", r.JobID, r.Err)
		default:
			fmt.Printf("job %d: collatz(%d) = %d steps\n", r.JobID, inputs[r.JobID], r.Value)
			if r.Value > best.Value {
				best = r
			}
		}
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Printf("%d results from %d workers; longest: n=%d with %d steps\n", total, workers, inputs[best.JobID], best.Value)
}
