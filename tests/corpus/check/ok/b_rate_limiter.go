// A token-bucket rate limiter simulated on a fake clock: time.Duration
// arithmetic, an interface for the clock, and per-client limiter maps.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"time"
)

type Clock interface {
	Now() time.Duration
}

type FakeClock struct{ t time.Duration }

func (c *FakeClock) Now() time.Duration      { return c.t }
func (c *FakeClock) Advance(d time.Duration) { c.t += d }

var _ Clock = (*FakeClock)(nil)

type Bucket struct {
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Duration
	clock    Clock
}

func NewBucket(c Clock, capacity int, per time.Duration) *Bucket {
	return &Bucket{
		capacity: float64(capacity),
		tokens:   float64(capacity),
		rate:     float64(capacity) / per.Seconds(),
		last:     c.Now(),
		clock:    c,
	}
}

var ErrLimited = errors.New("rate limited")

type LimitError struct {
	Client string
	Wait   time.Duration
}

func (e *LimitError) Error() string { return fmt.Sprintf("%s: retry in %v", e.Client, e.Wait) }
func (e *LimitError) Unwrap() error { return ErrLimited }

func (b *Bucket) refill() {
	now := b.clock.Now()
	elapsed := now - b.last
	b.last = now
	b.tokens += elapsed.Seconds() * b.rate
	if b.tokens > b.capacity {
		b.tokens = b.capacity
	}
}

func (b *Bucket) Take() (time.Duration, bool) {
	b.refill()
	if b.tokens >= 1 {
		b.tokens--
		return 0, true
	}
	need := (1 - b.tokens) / b.rate
	return time.Duration(math.Ceil(need*1000)) * time.Millisecond, false
}

type Limiter struct {
	clock   Clock
	buckets map[string]*Bucket
	allowed map[string]int
}

func (l *Limiter) Allow(client string) error {
	b, ok := l.buckets[client]
	if !ok {
		b = NewBucket(l.clock, 3, time.Second)
		l.buckets[client] = b
	}
	if wait, ok := b.Take(); !ok {
		return &LimitError{client, wait}
	}
	l.allowed[client]++
	return nil
}

func main() {
	clk := &FakeClock{}
	lim := &Limiter{clock: clk, buckets: map[string]*Bucket{}, allowed: map[string]int{}}
	pattern := []struct {
		client string
		gap    time.Duration
	}{
		{"alice", 0}, {"alice", 10 * time.Millisecond}, {"alice", 10 * time.Millisecond},
		{"alice", 10 * time.Millisecond}, {"bob", 0}, {"alice", 200 * time.Millisecond},
		{"alice", 50 * time.Millisecond}, {"bob", 1500 * time.Millisecond}, {"alice", 0},
	}
	denied := 0
	for _, p := range pattern {
		clk.Advance(p.gap)
		err := lim.Allow(p.client)
		var le *LimitError
		switch {
		case err == nil:
			fmt.Printf("t=%-7v %-5s ok\n", clk.Now(), p.client)
		case errors.As(err, &le) && errors.Is(err, ErrLimited):
			denied++
			fmt.Printf("t=%-7v %-5s DENIED (%v, %dms)\n", clk.Now(), p.client, le, le.Wait.Milliseconds())
		}
	}
	names := make([]string, 0)
	for n := range lim.allowed {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		b := lim.buckets[n]
		fmt.Printf("%s: allowed=%d tokens=%5.2f rate=%.1f/s\n", n, lim.allowed[n], b.tokens, b.rate)
	}
	fmt.Printf("denied %d of %d; window %v\n", denied, len(pattern), time.Second/3)
}
