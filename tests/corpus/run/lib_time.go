package main

import (
	"fmt"
	"sort"
	"time"
)

type Task struct {
	Name string
	Cost time.Duration
}

func humanize(d time.Duration) string {
	switch {
	case d < time.Microsecond:
		return fmt.Sprintf("%dns", int64(d))
	case d < time.Second:
		return fmt.Sprintf("%dms", d.Milliseconds())
	case d < time.Hour:
		return fmt.Sprintf("%.1fm", d.Minutes())
	}
	return fmt.Sprintf("%.2fh", d.Hours())
}

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Millisecond * 250,
		time.Second, 90 * time.Second, time.Hour + 30*time.Minute + 5*time.Second, 36 * time.Hour,
		-2 * time.Minute, time.Duration(1 << 62), 3*time.Second + 500*time.Millisecond + 7}
	for _, d := range ds {
		fmt.Printf("%-22v %-20d h=%.4f m=%.3f s=%.3f ms=%d\n", d, int64(d), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	}
	fmt.Println(time.Hour.String(), time.Minute, time.Second, time.Millisecond, time.Microsecond, time.Nanosecond)

	tasks := []Task{{"build", 2*time.Minute + 30*time.Second}, {"test", 45 * time.Second}, {"lint", 8 * time.Second},
		{"deploy", 5 * time.Minute}, {"notify", 350 * time.Millisecond}}
	var total time.Duration
	for _, t := range tasks {
		total += t.Cost
	}
	sort.Slice(tasks, func(i, j int) bool { return tasks[i].Cost > tasks[j].Cost })
	for _, t := range tasks {
		pct := float64(t.Cost) / float64(total) * 100
		fmt.Printf("%-7s %10v %6.2f%% %s\n", t.Name, t.Cost, pct, humanize(t.Cost))
	}
	fmt.Println("total:", total, "avg:", total/time.Duration(len(tasks)))

	timeout := 2 * time.Second
	elapsed := 1750 * time.Millisecond
	fmt.Println("remaining:", timeout-elapsed, "over:", elapsed > timeout, "ratio:", float64(elapsed)/float64(timeout))
	backoff := 100 * time.Millisecond
	var waits []string
	for i := 0; i < 6; i++ {
		waits = append(waits, backoff.String())
		backoff *= 2
		if backoff > 2*time.Second {
			backoff = 2 * time.Second
		}
	}
	fmt.Println(waits)
	fmt.Println(time.Duration(1500)*time.Millisecond, (90 * time.Minute).Hours(), time.Duration(2.5*float64(time.Second)))
	fmt.Printf("%T %d %s %v\n", time.Second, time.Second/time.Millisecond, 2*time.Hour, -time.Nanosecond)
	fmt.Println((1234567 * time.Microsecond).Seconds(), (time.Minute / 7).String())
}
