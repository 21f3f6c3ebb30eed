// A worker pool with channels only: jobs fan out to workers, results fan
// back in, and a done channel counts finished workers.
package main

import (
	"fmt"
	"sort"
)

type job struct {
	id int
	n  int
}

type result struct {
	id     int
	factor []int
}

func factorize(n int) []int {
	var fs []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func worker(jobs <-chan job, results chan<- result, done chan<- bool) {
	for j := range jobs {
		results <- result{j.id, factorize(j.n)}
	}
	done <- true
}

func main() {
	const workers = 3
	inputs := []int{360, 97, 1001, 65536, 999999}
	jobs := make(chan job)
	results := make(chan result, len(inputs))
	done := make(chan bool)
	for w := 0; w < workers; w++ {
		go worker(jobs, results, done)
	}
	go func() {
		for i, n := range inputs {
			jobs <- job{i, n}
		}
		close(jobs)
	}()
	for finished := 0; finished < workers; finished++ {
		<-done
	}
	close(results)
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all {
		fmt.Println(inputs[r.id], r.factor)
	}
}
