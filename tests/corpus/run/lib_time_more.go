// Ordering times: Time.Compare (Go 1.20) as a three-way comparison,
// sorting events by when they happen, next to Before, After and Equal.
// Go 1.19 has no Compare: the output is Go 1.19's with Compare written
// as Before and After.
package main

import (
	"fmt"
	"sort"
	"time"
)

type event struct {
	name string
	at   time.Time
}

func main() {
	start := time.Now()
	events := []event{
		{"deploy", start.Add(90 * time.Minute)},
		{"standup", start.Add(15 * time.Minute)},
		{"lunch", start.Add(3 * time.Hour)},
		{"review", start.Add(90 * time.Minute)},
		{"coffee", start.Add(-20 * time.Minute)},
	}
	sort.SliceStable(events, func(i, j int) bool { return events[i].at.Compare(events[j].at) < 0 })
	for _, e := range events {
		fmt.Printf("%-8s %8v\n", e.name, e.at.Sub(start))
	}
	a, b := events[1].at, events[2].at
	fmt.Println(a.Compare(b), b.Compare(a), a.Compare(a))
	fmt.Println(a.Before(b), a.After(b), a.Equal(a))
	fmt.Println(events[2].at.Compare(events[3].at), events[2].at.Equal(events[3].at))
}
