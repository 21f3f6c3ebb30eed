package main

import (
	"errors"
	"fmt"
	"sort"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Worker int
	Length int
	Err    error
}

var errEmpty = errors.New("empty job")

func process(j Job) (int, error) {
	if j.Text == "" {
		return 0, fmt.Errorf("job %d: %w", j.ID, errEmpty)
	}
	n := 0
	for range j.Text {
		n++
	}
	return n, nil
}

func worker(id int, jobs <-chan Job, results chan<- Result, done chan<- int) {
	handled := 0
	for j := range jobs {
		n, err := process(j)
		results <- Result{JobID: j.ID, Worker: id, Length: n, Err: err}
		handled++
	}
	done <- handled
}

func main() {
	texts := []string{"gopher", "", "héllo", "channels", "", "tasks", "select"}
	jobs := make(chan Job)
	results := make(chan Result, len(texts))
	done := make(chan int)
	const workers = 3
	for w := 1; w <= workers; w++ {
		go worker(w, jobs, results, done)
	}
	for i, t := range texts {
		jobs <- Job{ID: i + 1, Text: t}
	}
	close(jobs)
	total := 0
	for w := 0; w < workers; w++ {
		total += <-done
	}
	close(results)
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	failed := 0
	for _, r := range all {
		if errors.Is(r.Err, errEmpty) {
			failed++
			fmt.Printf("job %d failed: %v\n", r.JobID, r.Err)
			continue
		}
		fmt.Printf("job %d: %d runes\n", r.JobID, r.Length)
	}
	fmt.Println("handled", total, "failed", failed)
}
