package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type FieldError struct {
	Field string
	Msg   string
}

func (f FieldError) Error() string { return f.Field + ": " + f.Msg }

type MultiError []error

func (m MultiError) Error() string {
	parts := make([]string, len(m))
	for i, e := range m {
		parts[i] = e.Error()
	}
	return fmt.Sprintf("%d errors: %s", len(m), strings.Join(parts, "; "))
}

func (m MultiError) Is(target error) bool {
	for _, e := range m {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

func (m MultiError) ErrOrNil() error {
	if len(m) == 0 {
		return nil
	}
	return m
}

var ErrRequired = errors.New("required")

type User struct {
	Name  string
	Email string
	Age   int
	Tags  []string
}

type Rule func(u User) error

func required(field string, get func(User) string) Rule {
	return func(u User) error {
		if strings.TrimSpace(get(u)) == "" {
			return fmt.Errorf("%s: %w", field, ErrRequired)
		}
		return nil
	}
}

func Validate(u User, rules ...Rule) error {
	var errs MultiError
	for _, r := range rules {
		if err := r(u); err != nil {
			errs = append(errs, err)
		}
	}
	return errs.ErrOrNil()
}

func main() {
	rules := []Rule{
		required("name", func(u User) string { return u.Name }),
		required("email", func(u User) string { return u.Email }),
		func(u User) error {
			if u.Email != "" && !strings.Contains(u.Email, "@") {
				return FieldError{"email", "missing @"}
			}
			return nil
		},
		func(u User) error {
			if u.Age < 0 || u.Age > 150 {
				return FieldError{"age", fmt.Sprintf("%d out of range", u.Age)}
			}
			return nil
		},
		func(u User) error {
			seen := map[string]bool{}
			var dup []string
			for _, t := range u.Tags {
				if seen[t] {
					dup = append(dup, t)
				}
				seen[t] = true
			}
			if len(dup) > 0 {
				sort.Strings(dup)
				return FieldError{"tags", "duplicates " + strings.Join(dup, ",")}
			}
			return nil
		},
	}
	users := []User{
		{"Ann", "ann@example.com", 30, []string{"a", "b"}},
		{"", "bob.example.com", 200, []string{"x", "y", "x"}},
		{"  ", "", -1, nil},
		{"Dee", "dee@x", 0, []string{"z", "z", "a", "a"}},
	}
	for i, u := range users {
		err := Validate(u, rules...)
		if err == nil {
			fmt.Printf("user %d ok\n", i)
			continue
		}
		fmt.Printf("user %d: %v\n", i, err)
		var me MultiError
		if errors.As(err, &me) {
			var fe FieldError
			fields := []string{}
			for _, e := range me {
				if errors.As(e, &fe) {
					fields = append(fields, fe.Field)
				}
			}
			fmt.Printf("  count=%d required=%t fieldErrors=%v\n", len(me), errors.Is(err, ErrRequired), fields)
		}
	}
	var empty MultiError
	fmt.Println(empty.ErrOrNil() == nil, len(empty), empty == nil)
}
