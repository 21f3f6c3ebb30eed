// Custom error types with Error methods, wrapping with fmt.Errorf and %w,
// and inspecting chains with errors.Is, errors.As and errors.Unwrap.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrPermission = errors.New("permission denied")

type NotFoundError struct {
	Kind, Name string
}

func (e *NotFoundError) Error() string { return e.Kind + " " + strconv.Quote(e.Name) + " not found" }

type ValidationError struct {
	Field  string
	Reason string
	Value  any
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (%v): %s", e.Field, e.Value, e.Reason)
}

type User struct {
	Name  string
	Age   int
	Admin bool
}

var users = map[string]User{"ann": {"ann", 34, true}, "bob": {"bob", 17, false}}

func find(name string) (User, error) {
	u, ok := users[name]
	if !ok {
		return User{}, &NotFoundError{"user", name}
	}
	return u, nil
}

func validate(u User) error {
	if u.Age < 18 {
		return ValidationError{"age", "must be an adult", u.Age}
	}
	return nil
}

func deleteUser(actor, target string) error {
	a, err := find(actor)
	if err != nil {
		return fmt.Errorf("delete %s: actor: %w", target, err)
	}
	if !a.Admin {
		return fmt.Errorf("delete %s by %s: %w", target, actor, ErrPermission)
	}
	t, err := find(target)
	if err != nil {
		return fmt.Errorf("delete: %w", err)
	}
	if err := validate(t); err != nil {
		return fmt.Errorf("delete %s: %w", target, err)
	}
	delete(users, target)
	return nil
}

func main() {
	cases := [][2]string{{"ann", "bob"}, {"bob", "ann"}, {"zed", "ann"}, {"ann", "kim"}, {"ann", "ann"}}
	for _, c := range cases {
		err := deleteUser(c[0], c[1])
		if err == nil {
			fmt.Println("deleted", c[1])
			continue
		}
		fmt.Println("error:", err)
		var nf *NotFoundError
		var ve ValidationError
		switch {
		case errors.As(err, &nf):
			fmt.Println("  missing", nf.Kind, nf.Name)
		case errors.As(err, &ve):
			fmt.Println("  bad field", ve.Field)
		case errors.Is(err, ErrPermission):
			fmt.Println("  not allowed")
		}
		if inner := errors.Unwrap(err); inner != nil {
			fmt.Printf("  unwrapped: %T\n", inner)
		}
	}
	fmt.Println("users left:", len(users))
}
