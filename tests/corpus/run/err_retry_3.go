package main

import (
	"errors"
	"fmt"
	"time"
)

type temporary interface{ Temporary() bool }

type TransientError struct {
	Attempt int
	After   time.Duration
}

func (t *TransientError) Error() string {
	return fmt.Sprintf("transient failure on attempt %d (retry after %v)", t.Attempt, t.After)
}
func (t *TransientError) Temporary() bool { return true }

type FatalError struct{ Reason string }

func (f FatalError) Error() string   { return "fatal: " + f.Reason }
func (f FatalError) Temporary() bool { return false }

var ErrGaveUp = errors.New("gave up")

type Op func(attempt int) error

type Retrier struct {
	Max     int
	Base    time.Duration
	waited  time.Duration
	history []string
}

func (r *Retrier) Do(name string, op Op) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("%s: %w", name, err)
		}
	}()
	delay := r.Base
	for attempt := 1; attempt <= r.Max; attempt++ {
		err := op(attempt)
		if err == nil {
			r.history = append(r.history, fmt.Sprintf("%s ok@%d", name, attempt))
			return nil
		}
		var t temporary
		if !errors.As(err, &t) || !t.Temporary() {
			r.history = append(r.history, fmt.Sprintf("%s fatal@%d", name, attempt))
			return err
		}
		var te *TransientError
		wait := delay
		if errors.As(err, &te) && te.After > wait {
			wait = te.After
		}
		r.waited += wait
		delay *= 2
	}
	r.history = append(r.history, name+" exhausted")
	return fmt.Errorf("%w after %d attempts", ErrGaveUp, r.Max)
}

func flaky(succeedOn int) Op {
	return func(attempt int) error {
		if attempt >= succeedOn {
			return nil
		}
		return &TransientError{Attempt: attempt, After: time.Duration(attempt) * 150 * time.Millisecond}
	}
}

func main() {
	r := &Retrier{Max: 4, Base: 100 * time.Millisecond}
	ops := []struct {
		name string
		op   Op
	}{
		{"instant", flaky(1)},
		{"third-time", flaky(3)},
		{"never", flaky(99)},
		{"fatal", func(a int) error {
			if a == 2 {
				return fmt.Errorf("disk: %w", FatalError{"corrupt"})
			}
			return &TransientError{Attempt: a}
		}},
		{"plain", func(int) error { return errors.New("no classification") }},
	}
	for _, o := range ops {
		before := r.waited
		err := r.Do(o.name, o.op)
		var fe FatalError
		fmt.Printf("%-10s waited=%-6v gaveUp=%-5t fatal=%-5t err=%v\n", o.name, r.waited-before,
			errors.Is(err, ErrGaveUp), errors.As(err, &fe), err)
	}
	fmt.Println(r.history)
	fmt.Println("total wait:", r.waited, r.waited.Seconds())
}
