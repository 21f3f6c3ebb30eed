package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type ParseError struct {
	Pos int
	Msg string
}

func (p *ParseError) Error() string { return fmt.Sprintf("at %d: %s", p.Pos, p.Msg) }

type parser struct {
	toks []string
	pos  int
}

func (p *parser) fail(format string, args ...interface{}) {
	panic(&ParseError{p.pos, fmt.Sprintf(format, args...)})
}

func (p *parser) next() string {
	if p.pos >= len(p.toks) {
		p.fail("unexpected end of input")
	}
	t := p.toks[p.pos]
	p.pos++
	return t
}

// list := '(' item* ')' ; item := number | list
func (p *parser) list() []interface{} {
	if t := p.next(); t != "(" {
		p.fail("expected ( got %q", t)
	}
	var items []interface{}
	for {
		if p.pos < len(p.toks) && p.toks[p.pos] == ")" {
			p.pos++
			return items
		}
		if p.pos < len(p.toks) && p.toks[p.pos] == "(" {
			items = append(items, p.list())
			continue
		}
		t := p.next()
		n, err := strconv.Atoi(t)
		if err != nil {
			p.fail("bad number %q", t)
		}
		items = append(items, n)
	}
}

func Parse(src string) (result []interface{}, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*ParseError)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("parse %q: %w", src, pe)
			result = nil
		}
	}()
	src = strings.ReplaceAll(strings.ReplaceAll(src, "(", " ( "), ")", " ) ")
	p := &parser{toks: strings.Fields(src)}
	result = p.list()
	if p.pos != len(p.toks) {
		p.fail("trailing tokens %v", p.toks[p.pos:])
	}
	return result, nil
}

func sum(v interface{}) int {
	switch x := v.(type) {
	case int:
		return x
	case []interface{}:
		t := 0
		for _, e := range x {
			t += sum(e)
		}
		return t
	}
	panic(fmt.Sprintf("unexpected %T", v))
}

func main() {
	inputs := []string{"(1 2 3)", "(1 (2 3) (4 (5)))", "()", "(1 2", "(1 x)", "1 2", "(1) (2)", "", "((((7))))"}
	for _, in := range inputs {
		res, err := Parse(in)
		if err != nil {
			var pe *ParseError
			errors.As(err, &pe)
			fmt.Printf("%-20q error pos=%d: %v\n", in, pe.Pos, err)
			continue
		}
		fmt.Printf("%-20q %v sum=%d\n", in, res, sum(res))
	}
	func() {
		defer func() { fmt.Println("non-parse panic propagated:", recover()) }()
		sum([]interface{}{1, "two"})
	}()
}
