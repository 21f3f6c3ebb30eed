package main

import (
	"errors"
	"fmt"
)

type TempError struct {
	Op      string
	Attempt int
}

func (e *TempError) Error() string {
	return fmt.Sprintf("%s: temporary failure (attempt %d)", e.Op, e.Attempt)
}
func (e *TempError) Temporary() bool { return true }

type PermError struct{ Reason string }

func (e PermError) Error() string   { return "permanent: " + e.Reason }
func (e PermError) Temporary() bool { return false }

type temporary interface{ Temporary() bool }

var ErrGaveUp = errors.New("gave up")

type GaveUpError struct {
	Attempts int
	Last     error
}

func (e *GaveUpError) Error() string {
	return fmt.Sprintf("gave up after %d attempts: %v", e.Attempts, e.Last)
}
func (e *GaveUpError) Unwrap() error        { return e.Last }
func (e *GaveUpError) Is(target error) bool { return target == ErrGaveUp }

func isTemporary(err error) bool {
	var t temporary
	return errors.As(err, &t) && t.Temporary()
}

// flaky returns a function that fails with temporary errors `fails` times,
// then returns final.
func flaky(op string, fails int, final error) func(int) error {
	calls := 0
	return func(attempt int) error {
		calls++
		if calls <= fails {
			return fmt.Errorf("call %d: %w", calls, &TempError{op, attempt})
		}
		return final
	}
}

type Result struct {
	Attempts int
	Delays   []int
	Err      error
}

func retry(maxAttempts int, fn func(int) error) (res Result) {
	delay := 100
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		res.Attempts = attempt
		err := fn(attempt)
		if err == nil {
			res.Err = nil
			return
		}
		if !isTemporary(err) {
			res.Err = fmt.Errorf("attempt %d: %w", attempt, err)
			return
		}
		res.Err = err
		if attempt < maxAttempts {
			res.Delays = append(res.Delays, delay)
			delay *= 2
			if delay > 1000 {
				delay = 1000
			}
		}
	}
	res.Err = &GaveUpError{maxAttempts, res.Err}
	return
}

func main() {
	jobs := []struct {
		name string
		max  int
		fn   func(int) error
	}{
		{"immediate", 3, flaky("read", 0, nil)},
		{"eventually", 5, flaky("write", 3, nil)},
		{"exhausted", 4, flaky("sync", 10, nil)},
		{"permanent", 5, flaky("auth", 1, PermError{"bad credentials"})},
		{"long", 7, flaky("poll", 6, nil)},
	}
	for _, j := range jobs {
		r := retry(j.max, j.fn)
		fmt.Printf("%-10s attempts=%d delays=%v\n", j.name, r.Attempts, r.Delays)
		if r.Err != nil {
			var te *TempError
			var pe PermError
			fmt.Printf("           err=%v\n", r.Err)
			fmt.Printf("           gaveUp=%t temp=%t perm=%t",
				errors.Is(r.Err, ErrGaveUp), errors.As(r.Err, &te), errors.As(r.Err, &pe))
			if te != nil {
				fmt.Printf(" lastAttempt=%d", te.Attempt)
			}
			fmt.Println()
		}
	}
}
