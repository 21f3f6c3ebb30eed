package main

import (
	"errors"
	"fmt"
)

type ValErr struct{ Field string }

func (v ValErr) Error() string { return "invalid " + v.Field }

type PtrErr struct{ Line int }

func (p *PtrErr) Error() string { return fmt.Sprintf("syntax error at line %d", p.Line) }

type Temporary interface {
	Temporary() bool
}

type NetErr struct {
	Op   string
	temp bool
}

func (n *NetErr) Error() string   { return "net " + n.Op }
func (n *NetErr) Temporary() bool { return n.temp }

func classify(err error) string {
	var ve ValErr
	var vp *ValErr
	var pe *PtrErr
	var tmp Temporary
	switch {
	case errors.As(err, &ve):
		return "ValErr value: " + ve.Field
	case errors.As(err, &vp):
		return "ValErr pointer: " + vp.Field
	case errors.As(err, &pe):
		return fmt.Sprintf("PtrErr line %d", pe.Line)
	case errors.As(err, &tmp):
		return fmt.Sprintf("temporary=%t", tmp.Temporary())
	}
	return "unknown"
}

func main() {
	errs := []error{
		ValErr{"name"},
		&ValErr{"email"},
		&PtrErr{12},
		fmt.Errorf("load: %w", ValErr{"age"}),
		fmt.Errorf("parse: %w", fmt.Errorf("inner: %w", &PtrErr{3})),
		&NetErr{"dial", true},
		fmt.Errorf("retry: %w", &NetErr{"read", false}),
		errors.New("plain"),
		fmt.Errorf("no wrap: %v", &PtrErr{9}),
	}
	for _, e := range errs {
		fmt.Printf("%-40q -> %s\n", e.Error(), classify(e))
	}

	var target *PtrErr
	err := fmt.Errorf("ctx: %w", &PtrErr{77})
	if errors.As(err, &target) {
		target.Line = 78
	}
	fmt.Println(err, "| target now:", target)

	var ve ValErr
	src := ValErr{"zip"}
	if errors.As(src, &ve) {
		ve.Field = "changed"
	}
	fmt.Println(src, ve)

	var asIface interface{ Error() string }
	fmt.Println(errors.As(&PtrErr{1}, &asIface), asIface)

	var nilErr error
	var pe2 *PtrErr
	fmt.Println(errors.As(nilErr, &pe2), pe2 == nil)
	var typedNil *PtrErr
	var holder error = typedNil
	fmt.Println(errors.As(holder, &pe2), pe2 == nil, holder != nil)
}
