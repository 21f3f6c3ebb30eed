package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrBase = errors.New("base failure")

type CodeErr struct{ Code int }

func (c CodeErr) Error() string { return "code " + strconv.Itoa(c.Code) }

type PtrErr struct{ Msg string }

func (p *PtrErr) Error() string { return "ptr: " + p.Msg }

func chain(depth int, root error) error {
	err := root
	for i := 1; i <= depth; i++ {
		err = fmt.Errorf("layer%d: %w", i, err)
	}
	return err
}

func main() {
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e2), errors.Is(e1, e1))

	deep := chain(3, ErrBase)
	fmt.Println(deep)
	fmt.Println(errors.Is(deep, ErrBase), errors.Is(deep, e1))
	u := deep
	for u != nil {
		fmt.Printf("  %q\n", u.Error())
		u = errors.Unwrap(u)
	}
	fmt.Println(errors.Unwrap(ErrBase) == nil, errors.Unwrap(nil) == nil)

	noWrap := fmt.Errorf("flat: %v", ErrBase)
	fmt.Println(noWrap, errors.Is(noWrap, ErrBase), errors.Unwrap(noWrap) == nil)

	ce := chain(2, CodeErr{404})
	var target CodeErr
	fmt.Println(errors.As(ce, &target), target.Code)
	var ptarget *CodeErr
	fmt.Println(errors.As(ce, &ptarget), ptarget == nil)
	fmt.Println(errors.Is(ce, CodeErr{404}), errors.Is(ce, CodeErr{500}))

	pe := chain(1, &PtrErr{"disk"})
	var pt *PtrErr
	if errors.As(pe, &pt) {
		fmt.Println("found:", pt.Msg, pt)
	}
	fmt.Println(errors.Is(pe, &PtrErr{"disk"}))
	var asErr interface{ Error() string }
	fmt.Println(errors.As(pe, &asErr), asErr)

	var nilErr error
	fmt.Println(errors.Is(nilErr, nil), errors.Is(ErrBase, nil), nilErr == nil)
	wrappedNil := fmt.Errorf("wrap nil: %w", nil)
	fmt.Println(wrappedNil, errors.Unwrap(wrappedNil) == nil)
	fmt.Printf("%v|%s|%q\n", ErrBase, ErrBase, ErrBase)
	fmt.Printf("%v %d\n", CodeErr{7}, CodeErr{7})
	errs := []error{ErrBase, CodeErr{1}, &PtrErr{"p"}, deep, nil}
	for i, e := range errs {
		var c CodeErr
		fmt.Printf("%d: base=%t code=%t %v\n", i, errors.Is(e, ErrBase), errors.As(e, &c), e)
	}
	fmt.Println(fmt.Errorf("%w and %v", CodeErr{1}, CodeErr{2}))
}
