package main

import (
	"errors"
	"fmt"
)

type NotFoundError struct {
	Resource string
	ID       int
}

func (e *NotFoundError) Error() string { return fmt.Sprintf("%s %d not found", e.Resource, e.ID) }

// Is lets errors.Is match any NotFoundError for the same resource.
func (e *NotFoundError) Is(target error) bool {
	t, ok := target.(*NotFoundError)
	return ok && t.Resource == e.Resource && (t.ID == 0 || t.ID == e.ID)
}

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type ServiceError struct {
	Service string
	Code    int
	cause   error
}

func (e ServiceError) Error() string {
	return fmt.Sprintf("[%s/%d] %v", e.Service, e.Code, e.cause)
}
func (e ServiceError) Unwrap() error { return e.cause }

var ErrTimeout = errors.New("timeout")

func findUser(id int) error {
	switch {
	case id < 0:
		return &QueryError{"users", fmt.Errorf("negative id %d", id)}
	case id > 100:
		return &QueryError{"users", &NotFoundError{"user", id}}
	case id == 42:
		return &QueryError{"users", fmt.Errorf("slow replica: %w", ErrTimeout)}
	}
	return nil
}

func handler(id int) error {
	if err := findUser(id); err != nil {
		return ServiceError{"api", 500, fmt.Errorf("handler(%d): %w", id, err)}
	}
	return nil
}

func depth(err error) int {
	n := 0
	for err != nil {
		n++
		err = errors.Unwrap(err)
	}
	return n
}

func main() {
	for _, id := range []int{7, -1, 101, 42} {
		err := handler(id)
		fmt.Printf("id=%d err=%v\n", id, err)
		if err == nil {
			continue
		}
		var qe *QueryError
		var se ServiceError
		fmt.Printf("  depth=%d timeout=%t anyUserNotFound=%t user101=%t user5=%t\n", depth(err),
			errors.Is(err, ErrTimeout), errors.Is(err, &NotFoundError{Resource: "user"}),
			errors.Is(err, &NotFoundError{"user", 101}), errors.Is(err, &NotFoundError{"user", 5}))
		if errors.As(err, &qe) {
			fmt.Printf("  query=%s inner=%q\n", qe.Query, qe.Err)
		}
		if errors.As(err, &se) {
			fmt.Printf("  service=%s code=%d\n", se.Service, se.Code)
		}
		var nf *NotFoundError
		if errors.As(err, &nf) {
			fmt.Printf("  missing %s #%d\n", nf.Resource, nf.ID)
		}
	}
	chain := []error{}
	for e := handler(101); e != nil; e = errors.Unwrap(e) {
		chain = append(chain, e)
	}
	for i, e := range chain {
		kind := "fmt-wrapper"
		switch e.(type) {
		case ServiceError:
			kind = "ServiceError"
		case *QueryError:
			kind = "*QueryError"
		case *NotFoundError:
			kind = "*NotFoundError"
		}
		fmt.Printf("%d %-14s %v\n", i, kind, e)
	}
	fmt.Println(errors.Is(&NotFoundError{"order", 1}, &NotFoundError{Resource: "user"}))
}
