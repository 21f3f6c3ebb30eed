// A retry helper built from closures: options as functions, exponential
// backoff as time.Duration, a Temporary interface, and a fake sleeper.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Temporary interface {
	Temporary() bool
}

type NetError struct {
	Op   string
	Temp bool
}

func (e *NetError) Error() string   { return "net " + e.Op + " failed" }
func (e *NetError) Temporary() bool { return e.Temp }

var _ Temporary = (*NetError)(nil)

var ErrGaveUp = errors.New("gave up")

type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
	Sleep    func(time.Duration)
	OnRetry  func(attempt int, err error, wait time.Duration)
}

type Option func(*Policy)

func Attempts(n int) Option { return func(p *Policy) { p.Attempts = n } }
func Backoff(base, max time.Duration) Option {
	return func(p *Policy) { p.Base, p.Max = base, max }
}
func WithSleep(f func(time.Duration)) Option { return func(p *Policy) { p.Sleep = f } }

func Retry(op func() error, opts ...Option) (err error) {
	p := Policy{Attempts: 3, Base: 100 * time.Millisecond, Max: time.Second, Sleep: time.Sleep}
	for _, o := range opts {
		o(&p)
	}
	wait := p.Base
	for attempt := 1; ; attempt++ {
		if err = op(); err == nil {
			return nil
		}
		var t Temporary
		if !errors.As(err, &t) || !t.Temporary() {
			return fmt.Errorf("permanent error on attempt %d: %w", attempt, err)
		}
		if attempt >= p.Attempts {
			return fmt.Errorf("%w after %d attempts: %v", ErrGaveUp, attempt, err)
		}
		if p.OnRetry != nil {
			p.OnRetry(attempt, err, wait)
		}
		p.Sleep(wait)
		if wait *= 2; wait > p.Max {
			wait = p.Max
		}
	}
}

func flaky(failures int, temp bool) func() error {
	calls := 0
	return func() error {
		calls++
		if calls <= failures {
			return &NetError{Op: fmt.Sprintf("dial#%d", calls), Temp: temp}
		}
		return nil
	}
}

func main() {
	var slept time.Duration
	fake := WithSleep(func(d time.Duration) { slept += d })
	logger := func(p *Policy) {
		p.OnRetry = func(n int, err error, w time.Duration) {
			fmt.Printf("  retry %d after %q, waiting %v\n", n, err, w)
		}
	}
	cases := []struct {
		name string
		op   func() error
		opts []Option
	}{
		{"recovers", flaky(2, true), []Option{fake, logger}},
		{"exhausts", flaky(9, true), []Option{fake, logger, Attempts(5), Backoff(50*time.Millisecond, 300*time.Millisecond)}},
		{"permanent", flaky(1, false), []Option{fake}},
	}
	for _, c := range cases {
		slept = 0
		err := Retry(c.op, c.opts...)
		var ne *NetError
		switch {
		case err == nil:
			fmt.Printf("%s: ok, slept %v\n", c.name, slept)
		case errors.Is(err, ErrGaveUp):
			fmt.Printf("%s: %v (slept %v = %dms)\n", c.name, err, slept, slept.Milliseconds())
		case errors.As(err, &ne):
			fmt.Printf("%s: %v [op=%s temp=%t]\n", c.name, err, ne.Op, ne.Temp)
		}
	}
	start := time.Now()
	err := Retry(flaky(1, true), Backoff(time.Millisecond, time.Millisecond))
	fmt.Println("real sleep:", err, time.Since(start) >= time.Millisecond)
}
