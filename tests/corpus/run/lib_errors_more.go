// Errors as Go programs use them: sentinel values, types of the
// program's own with Is and As methods, wrapping with %w, and
// errors.Join collecting several (Go 1.20), with errors.Is and
// errors.As looking through all of them.  Go 1.19 has no Join, nor
// Unwrap() []error: the lines those give were worked out by hand from
// Go 1.20's documentation, the rest printed by Go 1.19.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var (
	ErrEmpty    = errors.New("empty value")
	ErrTooLong  = errors.New("value too long")
	ErrNotFound = errors.New("not found")
)

type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

// StatusError matches any other StatusError of the same class (4xx, 5xx).
type StatusError struct{ Code int }

func (e StatusError) Error() string { return "status " + strconv.Itoa(e.Code) }
func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && t.Code/100 == e.Code/100
}

// Temporary is an interface errors.As can look for.
type Temporary interface {
	Temporary() bool
}

type timeout struct{ op string }

func (t timeout) Error() string   { return t.op + ": timed out" }
func (t timeout) Temporary() bool { return true }

// multi is a program's own error holding several, as errors.Join's.
type multi []error

func (m multi) Error() string {
	parts := make([]string, len(m))
	for i, e := range m {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}
func (m multi) Unwrap() []error { return m }

func validate(name, city string) error {
	var errs []error
	if name == "" {
		errs = append(errs, &FieldError{"name", ErrEmpty})
	}
	if len(city) > 8 {
		errs = append(errs, &FieldError{"city", ErrTooLong})
	}
	return errors.Join(errs...)
}

func fetch(id int) error {
	switch id {
	case 1:
		return nil
	case 2:
		return fmt.Errorf("fetch %d: %w", id, ErrNotFound)
	case 3:
		return fmt.Errorf("fetch %d: %w", id, StatusError{503})
	}
	return fmt.Errorf("fetch %d: %w", id, timeout{"dial"})
}

func main() {
	for id := 1; id <= 4; id++ {
		err := fetch(id)
		var te Temporary
		fmt.Printf("fetch(%d): %v | notfound=%t 5xx=%t 4xx=%t temporary=%t\n", id, err,
			errors.Is(err, ErrNotFound), errors.Is(err, StatusError{500}), errors.Is(err, StatusError{404}),
			errors.As(err, &te) && te.Temporary())
	}

	var fe *FieldError
	wrapped := fmt.Errorf("saving user: %w", &FieldError{"email", ErrEmpty})
	if errors.As(wrapped, &fe) {
		fmt.Println("field:", fe.Field, "cause:", fe.Err, errors.Unwrap(fe) == ErrEmpty)
	}
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrEmpty, errors.Unwrap(ErrEmpty) == nil)

	// A program's own Unwrap() []error.
	m := multi{ErrTooLong, fmt.Errorf("lookup: %w", ErrNotFound)}
	fmt.Println(m, errors.Is(m, ErrNotFound), errors.Is(m, ErrEmpty))

	// errors.Join.
	fmt.Println(validate("ann", "Oslo") == nil)
	err := validate("", "Reykjavik")
	fmt.Printf("%v\n---\n", err)
	fmt.Println(errors.Is(err, ErrEmpty), errors.Is(err, ErrTooLong), errors.Is(err, ErrNotFound))
	if errors.As(err, &fe) {
		fmt.Println("first field:", fe.Field)
	}
	fmt.Println(errors.Unwrap(err) == nil, len(err.(interface{ Unwrap() []error }).Unwrap()))
	outer := fmt.Errorf("request: %w", errors.Join(nil, fetch(3), nil, fetch(2)))
	fmt.Println(strings.ReplaceAll(outer.Error(), "\n", " / "))
	fmt.Println(errors.Is(outer, StatusError{599}), errors.Is(outer, ErrNotFound), errors.Join(nil, nil) == nil)
}
