package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Clock int // minutes since midnight

func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60) }

func ParseClock(s string) (Clock, error) {
	var h, m int
	hs, ms, ok := strings.Cut(s, ":")
	if !ok || len(hs) != 2 || len(ms) != 2 {
		return 0, fmt.Errorf("bad time %q", s)
	}
	for _, r := range hs + ms {
		if r < '0' || r > '9' {
			return 0, fmt.Errorf("bad time %q", s)
		}
	}
	h = int(hs[0]-'0')*10 + int(hs[1]-'0')
	m = int(ms[0]-'0')*10 + int(ms[1]-'0')
	if h > 23 || m > 59 {
		return 0, fmt.Errorf("time out of range %q", s)
	}
	return Clock(h*60 + m), nil
}

type Event struct {
	Name     string
	Start    Clock
	Duration int
	Priority int
}

func (e Event) End() Clock { return e.Start + Clock(e.Duration) }

var ErrConflict = errors.New("conflict")

type Schedule struct{ events []Event }

func (s *Schedule) Add(name, start string, dur, prio int) error {
	st, err := ParseClock(start)
	if err != nil {
		return fmt.Errorf("add %s: %w", name, err)
	}
	ev := Event{name, st, dur, prio}
	for _, o := range s.events {
		if ev.Start < o.End() && o.Start < ev.End() {
			if ev.Priority <= o.Priority {
				return fmt.Errorf("add %s: overlaps %s (%v-%v): %w", name, o.Name, o.Start, o.End(), ErrConflict)
			}
		}
	}
	// higher priority bumps overlapping events
	kept := s.events[:0]
	for _, o := range s.events {
		if ev.Start < o.End() && o.Start < ev.End() {
			fmt.Printf("  bumped %s for %s\n", o.Name, name)
			continue
		}
		kept = append(kept, o)
	}
	s.events = append(kept, ev)
	return nil
}

func (s *Schedule) Print() {
	sort.Slice(s.events, func(i, j int) bool { return s.events[i].Start < s.events[j].Start })
	var prev Clock = 8 * 60
	for _, e := range s.events {
		if gap := int(e.Start - prev); gap > 0 {
			fmt.Printf("  %v-%v  (free %dm)\n", prev, e.Start, gap)
		}
		fmt.Printf("  %v-%v  %-14s p%d\n", e.Start, e.End(), e.Name, e.Priority)
		prev = e.End()
	}
}

func main() {
	var s Schedule
	reqs := []struct {
		name, at  string
		dur, prio int
	}{
		{"standup", "09:00", 15, 2},
		{"code review", "10:00", 60, 1},
		{"lunch", "12:00", 45, 3},
		{"1:1 manager", "10:30", 30, 2},
		{"dentist", "25:00", 60, 5},
		{"design sync", "09:10", 20, 1},
		{"deploy", "14:00", 90, 2},
		{"coffee", "8:30", 10, 1},
		{"incident", "14:30", 30, 9},
		{"gym", "12:30", 60, 3},
	}
	for _, r := range reqs {
		if err := s.Add(r.name, r.at, r.dur, r.prio); err != nil {
			fmt.Printf("rejected: %v [conflict=%t]\n", err, errors.Is(err, ErrConflict))
		}
	}
	fmt.Println("agenda:")
	s.Print()
	total := 0
	for _, e := range s.events {
		total += e.Duration
	}
	fmt.Printf("%d events, %dh%02dm booked\n", len(s.events), total/60, total%60)
}
