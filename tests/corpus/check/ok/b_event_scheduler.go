// A discrete-event scheduler on a simulated clock: time.Duration offsets,
// events kept sorted with sort.Search insertion, and recurring callbacks.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Event struct {
	At     time.Duration
	Name   string
	Every  time.Duration
	Action func(s *Scheduler, e *Event)
	seq    int
}

type Scheduler struct {
	now    time.Duration
	queue  []*Event
	nextID int
	trace  strings.Builder
}

func (s *Scheduler) Schedule(e *Event) {
	s.nextID++
	e.seq = s.nextID
	i := sort.Search(len(s.queue), func(i int) bool {
		q := s.queue[i]
		return q.At > e.At || (q.At == e.At && q.seq > e.seq)
	})
	s.queue = append(s.queue, nil)
	copy(s.queue[i+1:], s.queue[i:])
	s.queue[i] = e
}

func (s *Scheduler) After(d time.Duration, name string, fn func(*Scheduler, *Event)) *Event {
	e := &Event{At: s.now + d, Name: name, Action: fn}
	s.Schedule(e)
	return e
}

func (s *Scheduler) Logf(format string, args ...interface{}) {
	fmt.Fprintf(&s.trace, "[%8v] ", s.now)
	fmt.Fprintf(&s.trace, format, args...)
	s.trace.WriteByte('\n')
}

func (s *Scheduler) Run(until time.Duration) int {
	ran := 0
	for len(s.queue) > 0 && s.queue[0].At <= until {
		e := s.queue[0]
		s.queue = s.queue[1:]
		s.now = e.At
		e.Action(s, e)
		ran++
		if e.Every > 0 {
			e.At += e.Every
			s.Schedule(e)
		}
	}
	s.now = until
	return ran
}

func (s *Scheduler) Pending() []string {
	names := make([]string, len(s.queue))
	for i, e := range s.queue {
		names[i] = fmt.Sprintf("%s@%v", e.Name, e.At)
	}
	return names
}

func main() {
	s := &Scheduler{}
	temp := 20.0
	heartbeats := 0
	hb := s.After(0, "heartbeat", func(s *Scheduler, e *Event) {
		heartbeats++
		s.Logf("heartbeat #%d", heartbeats)
	})
	hb.Every = 750 * time.Millisecond
	s.After(time.Second, "heater-on", func(s *Scheduler, e *Event) {
		s.Logf("heater on at %.1f C", temp)
		warm := &Event{At: s.now + 200*time.Millisecond, Name: "warm", Every: 400 * time.Millisecond}
		warm.Action = func(s *Scheduler, e *Event) {
			temp += 0.5
			if temp >= 21.5 {
				e.Every = 0
				s.Logf("target reached: %5.2f C, warming stops", temp)
			}
		}
		s.Schedule(warm)
	})
	s.After(2500*time.Millisecond, "report", func(s *Scheduler, e *Event) {
		s.Logf("report: temp=%.1f pending=%d", temp, len(s.queue))
	})
	n := s.Run(3 * time.Second)
	fmt.Print(s.trace.String())
	fmt.Printf("ran %d events, clock=%v (%.2fs), heartbeats=%d\n", n, s.now, s.now.Seconds(), heartbeats)
	fmt.Printf("pending: %q\n", s.Pending())
	budget := 10 * time.Second
	left := budget - s.now
	fmt.Printf("budget left %v = %d ms, %d%% used\n", left, left.Milliseconds(), int64(s.now*100/budget))
}
