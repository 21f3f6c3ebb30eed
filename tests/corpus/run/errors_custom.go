package main

import (
	"errors"
	"fmt"
	"strings"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (e ValidationError) Error() string {
	return e.Field + ": " + e.Msg
}

type MultiError struct {
	Errs []error
}

func (m *MultiError) Add(err error) {
	if err != nil {
		m.Errs = append(m.Errs, err)
	}
}

func (m *MultiError) Error() string {
	parts := make([]string, len(m.Errs))
	for i, e := range m.Errs {
		parts[i] = e.Error()
	}
	return fmt.Sprintf("%d errors: %s", len(m.Errs), strings.Join(parts, "; "))
}

func (m *MultiError) ErrOrNil() error {
	if m == nil || len(m.Errs) == 0 {
		return nil
	}
	return m
}

type HTTPError struct {
	Status int
	Err    error
}

func (h *HTTPError) Error() string { return fmt.Sprintf("http %d: %v", h.Status, h.Err) }
func (h *HTTPError) Unwrap() error { return h.Err }

type User struct {
	Name  string
	Email string
	Age   int
}

func validate(u User) error {
	var m MultiError
	if u.Name == "" {
		m.Add(ValidationError{"name", "required"})
	}
	if !strings.Contains(u.Email, "@") {
		m.Add(ValidationError{"email", "must contain @"})
	}
	if u.Age < 0 || u.Age > 150 {
		m.Add(ValidationError{Field: "age", Msg: fmt.Sprintf("out of range: %d", u.Age)})
	}
	return m.ErrOrNil()
}

var ErrTimeout = errors.New("timeout")

func fetch(path string) error {
	switch path {
	case "/ok":
		return nil
	case "/slow":
		return &HTTPError{504, ErrTimeout}
	case "/bad":
		return &HTTPError{400, ValidationError{"path", "malformed"}}
	}
	return &HTTPError{Status: 404, Err: errors.New("no route " + path)}
}

func main() {
	users := []User{
		{"ann", "ann@x.org", 30},
		{"", "nobody", 200},
		{"cid", "cid.example", -1},
	}
	for _, u := range users {
		err := validate(u)
		if err == nil {
			fmt.Println(u.Name, "valid")
			continue
		}
		fmt.Println("invalid:", err)
		var me *MultiError
		if errors.As(err, &me) {
			for _, e := range me.Errs {
				var ve ValidationError
				if errors.As(e, &ve) {
					fmt.Printf("  field=%s msg=%q\n", ve.Field, ve.Msg)
				}
			}
		}
	}

	for _, p := range []string{"/ok", "/slow", "/bad", "/missing"} {
		err := fetch(p)
		var he *HTTPError
		var ve ValidationError
		switch {
		case err == nil:
			fmt.Println(p, "-> ok")
		case errors.Is(err, ErrTimeout):
			fmt.Println(p, "-> timeout, retry later:", err)
		case errors.As(err, &ve):
			fmt.Println(p, "-> validation on", ve.Field)
		case errors.As(err, &he):
			fmt.Println(p, "-> status", he.Status, "inner:", errors.Unwrap(err))
		}
	}

	var e error = ValidationError{"x", "y"}
	if v, ok := e.(ValidationError); ok {
		fmt.Printf("%+v %v\n", v, v)
	}
	var nilMulti *MultiError
	fmt.Println(nilMulti.ErrOrNil() == nil)
}
