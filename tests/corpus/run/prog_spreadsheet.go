package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Sheet struct {
	cells   map[string]string
	cache   map[string]float64
	visit   map[string]bool
	evalCnt int
}

var ErrCycle = errors.New("circular reference")

type RefError struct{ Cell string }

func (e RefError) Error() string { return "bad reference " + e.Cell }

func NewSheet() *Sheet {
	return &Sheet{cells: map[string]string{}, cache: map[string]float64{}, visit: map[string]bool{}}
}

func (s *Sheet) Set(cell, v string) {
	s.cells[cell] = v
	s.cache = map[string]float64{}
}

func (s *Sheet) Eval(cell string) (float64, error) {
	if v, ok := s.cache[cell]; ok {
		return v, nil
	}
	raw, ok := s.cells[cell]
	if !ok {
		return 0, RefError{cell}
	}
	if s.visit[cell] {
		return 0, fmt.Errorf("%s: %w", cell, ErrCycle)
	}
	s.visit[cell] = true
	defer delete(s.visit, cell)
	s.evalCnt++
	var v float64
	var err error
	if strings.HasPrefix(raw, "=") {
		v, err = s.formula(raw[1:])
	} else {
		v, err = strconv.ParseFloat(raw, 64)
	}
	if err != nil {
		return 0, err
	}
	s.cache[cell] = v
	return v, nil
}

func (s *Sheet) formula(f string) (float64, error) {
	if strings.HasPrefix(f, "SUM(") && strings.HasSuffix(f, ")") {
		from, to, ok := strings.Cut(f[4:len(f)-1], ":")
		if !ok {
			return 0, fmt.Errorf("bad range %q", f)
		}
		total := 0.0
		for r := from[1]; r <= to[1]; r++ {
			for c := from[0]; c <= to[0]; c++ {
				v, err := s.Eval(string([]byte{c, r}))
				if err != nil {
					return 0, err
				}
				total += v
			}
		}
		return total, nil
	}
	total := 0.0
	for _, term := range strings.Split(f, "+") {
		sign := 1.0
		parts := strings.Split(term, "*")
		prod := 1.0
		for _, p := range parts {
			p = strings.TrimSpace(p)
			var v float64
			var err error
			if p != "" && p[0] >= 'A' && p[0] <= 'Z' {
				v, err = s.Eval(p)
			} else {
				v, err = strconv.ParseFloat(p, 64)
			}
			if err != nil {
				return 0, err
			}
			prod *= v
		}
		total += sign * prod
	}
	return total, nil
}

func main() {
	s := NewSheet()
	input := map[string]string{
		"A1": "10", "A2": "20", "A3": "=A1+A2", "B1": "1.5", "B2": "=A3*B1",
		"B3": "=SUM(A1:B2)", "C1": "=C2+1", "C2": "=C1*2", "C3": "=Z9+1",
		"D1": "abc", "D2": "=B3 * 2 + A1 * A2 * 0.5", "D3": "=SUM(A1:A3)",
	}
	for k, v := range input {
		s.Set(k, v)
	}
	keys := make([]string, 0, len(input))
	for k := range input {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v, err := s.Eval(k)
		var re RefError
		switch {
		case err == nil:
			fmt.Printf("%s %-24s = %g\n", k, input[k], v)
		case errors.Is(err, ErrCycle):
			fmt.Printf("%s %-24s ! cycle (%v)\n", k, input[k], err)
		case errors.As(err, &re):
			fmt.Printf("%s %-24s ! ref %s\n", k, input[k], re.Cell)
		default:
			fmt.Printf("%s %-24s ! %v\n", k, input[k], err)
		}
	}
	fmt.Println("evaluations:", s.evalCnt)
	s.Set("A1", "100")
	v, _ := s.Eval("D2")
	fmt.Println("after A1=100, D2 =", v, "evaluations:", s.evalCnt)
}
