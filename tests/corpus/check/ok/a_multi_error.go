// Collecting several validation errors in a MultiError whose Is and As
// methods search every member, plus an error type with Unwrap.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrEmpty    = errors.New("empty value")
	ErrTooLong  = errors.New("too long")
	ErrBadChars = errors.New("bad characters")
)

type FieldError struct {
	Field string
	Err   error
}

func (f *FieldError) Error() string { return f.Field + ": " + f.Err.Error() }
func (f *FieldError) Unwrap() error { return f.Err }

type MultiError []error

func (m MultiError) Error() string {
	msgs := make([]string, len(m))
	for i, e := range m {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

func (m MultiError) Is(target error) bool {
	for _, e := range m {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

func (m MultiError) As(target any) bool {
	for _, e := range m {
		if errors.As(e, target) {
			return true
		}
	}
	return false
}

type Form map[string]string

type rule struct {
	field string
	max   int
	check func(string) bool
}

var rules = []rule{
	{"name", 10, func(s string) bool { return !strings.ContainsAny(s, "0123456789") }},
	{"email", 20, func(s string) bool { return strings.Count(s, "@") == 1 }},
	{"city", 12, nil},
}

func validate(f Form) error {
	var errs MultiError
	for _, r := range rules {
		v := strings.TrimSpace(f[r.field])
		var err error
		switch {
		case v == "":
			err = ErrEmpty
		case len(v) > r.max:
			err = fmt.Errorf("%w (%d > %d)", ErrTooLong, len(v), r.max)
		case r.check != nil && !r.check(v):
			err = ErrBadChars
		}
		if err != nil {
			errs = append(errs, &FieldError{r.field, err})
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func main() {
	forms := []Form{
		{"name": "Ada", "email": "ada@example.org", "city": "London"},
		{"name": "R2D2", "email": "droid", "city": ""},
		{"name": "Bartholomew the Third", "email": "b@@x", "city": "Springfield"},
	}
	for i, f := range forms {
		err := validate(f)
		if err == nil {
			fmt.Printf("form %d ok\n", i)
			continue
		}
		fmt.Printf("form %d:\n%s\n", i, indent(err.Error()))
		fmt.Println("  empty?", errors.Is(err, ErrEmpty), "long?", errors.Is(err, ErrTooLong), "chars?", errors.Is(err, ErrBadChars))
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first bad field:", fe.Field)
		}
	}
	wrapped := fmt.Errorf("submit: %w", validate(Form{"name": "x"}))
	fmt.Println(errors.Is(wrapped, ErrEmpty), errors.Unwrap(wrapped) != nil)
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}
