package main

import (
	"errors"
	"fmt"
)

type Severity int

const (
	Warning Severity = iota + 1
	Critical
)

func (s Severity) String() string {
	if s == Critical {
		return "CRITICAL"
	}
	return "WARNING"
}

type Location struct {
	File string
	Line int
	Col  int
}

type CompileError struct {
	Loc      Location
	Msg      string
	Severity Severity
	Hints    []string
}

func (e *CompileError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Loc.File, e.Loc.Line, e.Loc.Col, e.Msg)
}

type LimitError struct {
	Resource string
	Used     int64
	Limit    int64
}

func (e LimitError) Error() string {
	return fmt.Sprintf("%s limit exceeded (%d/%d)", e.Resource, e.Used, e.Limit)
}

type Errors []error

func (es Errors) Error() string {
	return fmt.Sprintf("%d errors, first: %v", len(es), es[0])
}

func compile(src map[string]int) error {
	var errs Errors
	if n := src["lines"]; n > 1000 {
		errs = append(errs, LimitError{"lines", int64(n), 1000})
	}
	if src["unused"] > 0 {
		errs = append(errs, &CompileError{Location{"main.go", 12, 5}, "x declared and not used", Warning, nil})
	}
	if src["typo"] > 0 {
		errs = append(errs, &CompileError{
			Loc:      Location{"util.go", 3, 14},
			Msg:      "undefined: fmt.Prinln",
			Severity: Critical,
			Hints:    []string{"did you mean Println?"},
		})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func main() {
	ce := &CompileError{Location{"a.go", 1, 2}, "syntax error", Critical, []string{"missing }", "check braces"}}
	fmt.Printf("v:  %v\n", ce)
	fmt.Printf("+v: %+v\n", *ce)
	fmt.Printf("s:  %s\n", ce)
	fmt.Printf("q:  %q\n", ce)
	fmt.Printf("#v: %#v\n", ce.Loc)

	le := LimitError{"memory", 2048, 1024}
	fmt.Printf("%v | %+v | %s\n", le, le, le.Resource)
	wrapped := fmt.Errorf("build failed: %w", le)
	fmt.Printf("%v\n%+v\n", wrapped, wrapped)

	err := compile(map[string]int{"lines": 1500, "unused": 1, "typo": 1})
	fmt.Println(err)
	if es, ok := err.(Errors); ok {
		for i, e := range es {
			switch x := e.(type) {
			case *CompileError:
				fmt.Printf("  [%d] %v severity=%v hints=%q\n", i, x, x.Severity, x.Hints)
				fmt.Printf("      loc=%+v\n", x.Loc)
			case LimitError:
				fmt.Printf("  [%d] limit %+v over by %d\n", i, x, x.Used-x.Limit)
			}
		}
	}
	var target LimitError
	fmt.Println("As on Errors slice:", errors.As(err, &target))
	fmt.Println("clean build:", compile(map[string]int{"lines": 10}) == nil)
	fmt.Printf("%v %d %s\n", Critical, Critical, Warning)
}
