// for loops whose conditions are counts instead of comparisons, as in
// C: "for remaining" and "for len(queue)".
package main

import "fmt"

type Job struct {
	ID    int
	Tries int
}

func drain(queue []Job) int {
	done := 0
	for len(queue) { // ERROR col=6 "non-boolean condition in for statement"
		queue = queue[1:]
		done++
	}
	return done
}

func retry(j *Job, remaining int) {
	for remaining { // ERROR col=6 "non-boolean condition in for statement"
		j.Tries++
		remaining--
	}
}

func main() {
	jobs := []Job{{ID: 1}, {ID: 2}}
	retry(&jobs[0], 3)
	fmt.Println(drain(jobs), jobs[0].Tries)
}
