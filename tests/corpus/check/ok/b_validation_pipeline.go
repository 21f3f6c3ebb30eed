// A form validation pipeline: rules as function values, a FieldError type,
// a ValidationErrors slice type that is itself an error, and errors.As.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type FieldError struct {
	Field string
	Rule  string
	Value string
}

func (e FieldError) Error() string {
	return fmt.Sprintf("%s: failed %s (got %q)", e.Field, e.Rule, e.Value)
}

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return fmt.Sprintf("%d validation errors: %s", len(v), strings.Join(msgs, "; "))
}

var _ error = ValidationErrors(nil)

type Rule struct {
	Name  string
	Check func(string) bool
}

func Required() Rule {
	return Rule{"required", func(s string) bool { return strings.TrimSpace(s) != "" }}
}

func MinLen(n int) Rule {
	return Rule{"min-length " + strconv.Itoa(n), func(s string) bool { return len([]rune(s)) >= n }}
}

func IntRange(lo, hi int) Rule {
	return Rule{fmt.Sprintf("int in [%d,%d]", lo, hi), func(s string) bool {
		n, err := strconv.Atoi(s)
		return err == nil && n >= lo && n <= hi
	}}
}

func Matches(name string, pred func(rune) bool) Rule {
	return Rule{name, func(s string) bool {
		for _, r := range s {
			if pred(r) {
				return true
			}
		}
		return false
	}}
}

type Schema map[string][]Rule

func (s Schema) Validate(form map[string]string) error {
	var errs ValidationErrors
	fields := make([]string, 0, len(s))
	for f := range s {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	for _, f := range fields {
		for _, r := range s[f] {
			if !r.Check(form[f]) {
				errs = append(errs, FieldError{f, r.Name, form[f]})
				break
			}
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func register(s Schema, form map[string]string) error {
	if err := s.Validate(form); err != nil {
		return fmt.Errorf("register %s: %w", form["user"], err)
	}
	return nil
}

func main() {
	schema := Schema{
		"user":     {Required(), MinLen(3)},
		"age":      {Required(), IntRange(13, 130)},
		"password": {MinLen(8), Matches("has-digit", unicode.IsDigit), Matches("has-upper", unicode.IsUpper)},
	}
	forms := []map[string]string{
		{"user": "gopher", "age": "12", "password": "secret"},
		{"user": "ann", "age": "34", "password": "Tr0ubadour"},
		{"user": "", "age": "old", "password": "longenough1"},
	}
	for i, form := range forms {
		err := register(schema, form)
		var verrs ValidationErrors
		if !errors.As(err, &verrs) {
			fmt.Printf("form %d ok (%v)\n", i, err)
			continue
		}
		fmt.Printf("form %d: %d problems\n", i, len(verrs))
		for _, fe := range verrs {
			fmt.Printf("  %-9s %-18s %q\n", fe.Field, fe.Rule, fe.Value)
		}
		fmt.Println("  as text:", err)
	}
}
