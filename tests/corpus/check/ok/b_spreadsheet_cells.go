// A miniature spreadsheet: cells hold numbers or formulas like "=A1+B2*2",
// evaluation is memoized, references are resolved recursively, and
// cycles or bad references become typed errors.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Sheet struct {
	raw   map[string]string
	cache map[string]float64
	busy  map[string]bool
}

type CycleError struct{ Cell string }

func (e CycleError) Error() string { return "cycle through " + e.Cell }

var _ error = CycleError{}

var ErrRef = errors.New("bad reference")

func NewSheet(cells map[string]string) *Sheet {
	return &Sheet{raw: cells, cache: map[string]float64{}, busy: map[string]bool{}}
}

func (s *Sheet) Value(cell string) (v float64, err error) {
	if v, ok := s.cache[cell]; ok {
		return v, nil
	}
	raw, ok := s.raw[cell]
	if !ok {
		return 0, fmt.Errorf("%s: %w", cell, ErrRef)
	}
	if s.busy[cell] {
		return 0, CycleError{cell}
	}
	s.busy[cell] = true
	defer func() {
		delete(s.busy, cell)
		if err == nil {
			s.cache[cell] = v
		}
	}()
	if !strings.HasPrefix(raw, "=") {
		return strconv.ParseFloat(raw, 64)
	}
	return s.evalSum(raw[1:])
}

// evalSum handles terms separated by + and -, each a product of factors.
func (s *Sheet) evalSum(expr string) (float64, error) {
	total, sign, start := 0.0, 1.0, 0
	for i := 0; i <= len(expr); i++ {
		if i < len(expr) && expr[i] != '+' && expr[i] != '-' {
			continue
		}
		prod := 1.0
		for _, f := range strings.Split(expr[start:i], "*") {
			f = strings.TrimSpace(f)
			n, err := strconv.ParseFloat(f, 64)
			if err != nil {
				if n, err = s.Value(strings.ToUpper(f)); err != nil {
					return 0, fmt.Errorf("in %q: %w", expr, err)
				}
			}
			prod *= n
		}
		total += sign * prod
		if i < len(expr) && expr[i] == '-' {
			sign = -1
		} else {
			sign = 1
		}
		start = i + 1
	}
	return total, nil
}

func main() {
	sheet := NewSheet(map[string]string{
		"A1": "10", "A2": "32.5", "A3": "=A1+A2",
		"B1": "=A3*2 - a1", "B2": "=B1*0.5+A1*A2", "B3": "=C9+1",
		"C1": "=C2+1", "C2": "=C1*2", "C3": "abc",
	})
	names := make([]string, 0, len(sheet.raw))
	for k := range sheet.raw {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		v, err := sheet.Value(n)
		var ce CycleError
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("%s %-14q = %8.2f\n", n, sheet.raw[n], v)
		case errors.As(err, &ce):
			fmt.Printf("%s %-14q #CYCLE (%s)\n", n, sheet.raw[n], ce.Cell)
		case errors.Is(err, ErrRef):
			fmt.Printf("%s %-14q #REF: %v\n", n, sheet.raw[n], err)
		case errors.As(err, &ne):
			fmt.Printf("%s %-14q #VALUE: %v\n", n, sheet.raw[n], ne.Err)
		}
	}
	fmt.Printf("cached %d of %d cells\n", len(sheet.cache), len(sheet.raw))
}
