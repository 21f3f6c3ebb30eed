// A circuit breaker with closed/open/half-open states on a simulated
// clock: failure thresholds, cool-down durations, and ErrOpen fast-fails.
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string { return [...]string{"closed", "open", "half-open"}[s] }

var _ fmt.Stringer = State(0)

var ErrOpen = errors.New("circuit open")

type Breaker struct {
	Threshold int
	Cooldown  time.Duration
	now       func() time.Duration
	state     State
	failures  int
	openedAt  time.Duration
	changes   []string
}

func (b *Breaker) setState(s State) {
	if s != b.state {
		b.changes = append(b.changes, fmt.Sprintf("%v->%v@%v", b.state, s, b.now()))
		b.state = s
	}
}

func (b *Breaker) Call(fn func() error) error {
	if b.state == Open {
		if wait := b.openedAt + b.Cooldown - b.now(); wait > 0 {
			return fmt.Errorf("%w (retry in %v)", ErrOpen, wait)
		}
		b.setState(HalfOpen)
	}
	err := fn()
	if err != nil {
		b.failures++
		if b.state == HalfOpen || b.failures >= b.Threshold {
			b.setState(Open)
			b.openedAt = b.now()
		}
		return err
	}
	b.failures = 0
	b.setState(Closed)
	return nil
}

type Backend struct {
	healthyAfter time.Duration
	clock        *time.Duration
	calls        int
}

func (s *Backend) Fetch() error {
	s.calls++
	if *s.clock < s.healthyAfter {
		return fmt.Errorf("backend: timeout on call %d", s.calls)
	}
	return nil
}

func main() {
	var clock time.Duration
	backend := &Backend{healthyAfter: 1200 * time.Millisecond, clock: &clock}
	br := &Breaker{Threshold: 3, Cooldown: 500 * time.Millisecond, now: func() time.Duration { return clock }}
	var line strings.Builder
	results := map[string]int{}
	for i := 0; i < 20; i++ {
		err := br.Call(backend.Fetch)
		var mark string
		switch {
		case err == nil:
			mark = "."
		case errors.Is(err, ErrOpen):
			mark = "o"
		default:
			mark = "x"
		}
		results[mark]++
		line.WriteString(mark)
		if i == 4 {
			fmt.Println("while open:", err)
		}
		clock += 100 * time.Millisecond
	}
	fmt.Printf("timeline %s\n", line.String())
	fmt.Printf("state=%v backend calls=%d results=%v\n", br.state, backend.calls, results)
	for _, c := range br.changes {
		fmt.Println(" ", c)
	}
	fmt.Printf("%d %s %v\n", HalfOpen, HalfOpen, Open)
}
