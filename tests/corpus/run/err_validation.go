package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type FieldError struct {
	Field string
	Rule  string
	Value interface{}
}

func (e FieldError) Error() string {
	return fmt.Sprintf("field %s: failed %s (got %v)", e.Field, e.Rule, e.Value)
}

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "; ")
}

func (v ValidationErrors) Fields() []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range v {
		if !seen[e.Field] {
			seen[e.Field] = true
			out = append(out, e.Field)
		}
	}
	sort.Strings(out)
	return out
}

type User struct {
	Name  string
	Email string
	Age   int
	Pass  string
	Roles []string
}

type rule func(u User) *FieldError

var rules = []rule{
	func(u User) *FieldError {
		if strings.TrimSpace(u.Name) == "" {
			return &FieldError{"name", "required", u.Name}
		}
		return nil
	},
	func(u User) *FieldError {
		at := strings.Index(u.Email, "@")
		if at < 1 || !strings.Contains(u.Email[at:], ".") {
			return &FieldError{"email", "format", u.Email}
		}
		return nil
	},
	func(u User) *FieldError {
		if u.Age < 13 || u.Age > 130 {
			return &FieldError{"age", "range[13,130]", u.Age}
		}
		return nil
	},
	func(u User) *FieldError {
		var upper, digit bool
		for _, r := range u.Pass {
			upper = upper || unicode.IsUpper(r)
			digit = digit || unicode.IsDigit(r)
		}
		if len(u.Pass) < 8 || !upper || !digit {
			return &FieldError{"pass", "strength", len(u.Pass)}
		}
		return nil
	},
	func(u User) *FieldError {
		if len(u.Roles) == 0 {
			return &FieldError{"roles", "non-empty", u.Roles}
		}
		return nil
	},
}

func Validate(u User) error {
	var errs ValidationErrors
	for _, r := range rules {
		if fe := r(u); fe != nil {
			errs = append(errs, *fe)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("validate %q: %w", u.Name, errs)
}

func main() {
	users := []User{
		{"Ann", "ann@example.com", 34, "Secr3tPass", []string{"admin"}},
		{"", "bob-at-example", 9, "short", nil},
		{"Cy", "cy@host", 200, "lowercase1", []string{}},
		{"Dee", "@x.io", 40, "GoodPass99", []string{"user", "ops"}},
	}
	for _, u := range users {
		err := Validate(u)
		if err == nil {
			fmt.Printf("%-4s valid roles=%v\n", u.Name, u.Roles)
			continue
		}
		var ve ValidationErrors
		if errors.As(err, &ve) {
			fmt.Printf("%-4s %d problems in %v\n", u.Name, len(ve), ve.Fields())
			for _, fe := range ve {
				fmt.Printf("       %-6s %-14s %#v\n", fe.Field, fe.Rule, fe.Value)
			}
		}
		fmt.Println("     ", err)
	}
}
