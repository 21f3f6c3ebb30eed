package main

import (
	"errors"
	"fmt"
)

// HTTPError uses a value receiver.
type HTTPError struct {
	Code int
	URL  string
}

func (e HTTPError) Error() string { return fmt.Sprintf("HTTP %d for %s", e.Code, e.URL) }

func (e HTTPError) Temporary() bool { return e.Code >= 500 }

// QueryError uses a pointer receiver and wraps a cause.
type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

// CodeError matches any error with the same code via a custom Is method.
type CodeError struct{ Code string }

func (e *CodeError) Error() string { return "code " + e.Code }
func (e *CodeError) Is(target error) bool {
	t, ok := target.(*CodeError)
	return ok && (t.Code == e.Code || t.Code == "*")
}

var ErrNoRows = errors.New("no rows")

type temporary interface{ Temporary() bool }

func run(step int) error {
	switch step {
	case 0:
		return HTTPError{503, "/api"}
	case 1:
		return fmt.Errorf("calling api: %w", HTTPError{404, "/users/7"})
	case 2:
		return &QueryError{"SELECT 1", ErrNoRows}
	case 3:
		return fmt.Errorf("repo: %w", &QueryError{"SELECT name", HTTPError{500, "/db"}})
	case 4:
		return fmt.Errorf("auth: %w", &CodeError{"E42"})
	case 5:
		return &HTTPError{401, "/login"}
	}
	return nil
}

func main() {
	for step := 0; step <= 6; step++ {
		err := run(step)
		fmt.Printf("step %d: %v\n", step, err)
		if err == nil {
			continue
		}
		var he HTTPError
		if errors.As(err, &he) {
			fmt.Printf("   HTTPError value: code=%d temporary=%t\n", he.Code, he.Temporary())
		}
		var hp *HTTPError
		if errors.As(err, &hp) {
			fmt.Printf("   *HTTPError pointer: code=%d\n", hp.Code)
		}
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Printf("   QueryError: query=%q cause=%v norows=%t\n", qe.Query, qe.Err, errors.Is(err, ErrNoRows))
		}
		var tmp temporary
		if errors.As(err, &tmp) {
			fmt.Printf("   implements temporary: %t (%T)\n", tmp.Temporary(), tmp)
		}
		if errors.Is(err, &CodeError{"E42"}) {
			fmt.Println("   matches E42")
		}
		if errors.Is(err, &CodeError{"*"}) {
			fmt.Println("   matches wildcard code")
		}
		if errors.Is(err, HTTPError{503, "/api"}) {
			fmt.Println("   equals HTTPError{503 /api}")
		}
	}
}
