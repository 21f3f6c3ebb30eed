package main

import (
	"fmt"
	"os"
)

type Job struct {
	Name string
	Cost int
}

func runJobs(jobs []Job, budget int) (done []string, remaining int) {
	remaining = budget
	for _, j := range jobs {
		if j.Cost > remaining {
			fmt.Println("skip", j.Name, "cost", j.Cost, "remaining", remaining)
			continue
		}
		remaining -= j.Cost
		done = append(done, j.Name)
	}
	return
}

func main() {
	defer fmt.Println("this deferred line must NOT be printed because of os.Exit")
	jobs := []Job{{"build", 5}, {"test", 8}, {"lint", 2}, {"deploy", 4}}
	done, rem := runJobs(jobs, 12)
	fmt.Println(done, rem)
	if rem >= 0 {
		fmt.Println("exiting with status 0")
		os.Exit(0)
	}
	fmt.Println("not reached")
}
