// time.Duration arithmetic, constants, Since and Sleep, and a Duration
// stored in a struct with a method.
package main

import (
	"fmt"
	"time"
)

type Job struct {
	Name    string
	Timeout time.Duration
	Retries int
}

func (j Job) Budget() time.Duration { return j.Timeout * time.Duration(j.Retries+1) }

func humanize(d time.Duration) string {
	switch {
	case d >= time.Hour:
		return fmt.Sprintf("%.1fh", d.Hours())
	case d >= time.Minute:
		return fmt.Sprintf("%.1fm", d.Minutes())
	case d >= time.Second:
		return fmt.Sprintf("%.1fs", d.Seconds())
	default:
		return fmt.Sprintf("%dms", d.Milliseconds())
	}
}

func main() {
	jobs := []Job{
		{"fetch", 2 * time.Second, 2},
		{"index", 90 * time.Second, 1},
		{"backup", 2*time.Hour + 30*time.Minute, 0},
		{"ping", 250 * time.Millisecond, 3},
	}
	var total time.Duration
	for _, j := range jobs {
		b := j.Budget()
		total += b
		fmt.Printf("%-7s %8s %s\n", j.Name, b, humanize(b))
	}
	fmt.Println("total:", total, total.Truncate(time.Minute))
	start := time.Now()
	time.Sleep(5 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 5*time.Millisecond)
	const tick = 100 * time.Microsecond
	fmt.Println(int64(tick), tick.String(), time.Duration(1500)*time.Nanosecond)
}
