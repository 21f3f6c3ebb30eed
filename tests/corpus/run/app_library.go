package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Book struct {
	ISBN   string
	Title  string
	Author string
	Copies int
}

type Loan struct {
	ISBN   string
	Member string
	Due    int // day number
}

type LoanError struct {
	Op     string
	ISBN   string
	Reason error
}

func (e *LoanError) Error() string { return e.Op + " " + e.ISBN + ": " + e.Reason.Error() }
func (e *LoanError) Unwrap() error { return e.Reason }

var (
	ErrNoCopies  = errors.New("no copies available")
	ErrUnknown   = errors.New("unknown book")
	ErrLimit     = errors.New("member loan limit reached")
	ErrNotLoaned = errors.New("book not loaned to member")
)

type Library struct {
	books map[string]*Book
	loans []Loan
	limit int
}

func (l *Library) Checkout(isbn, member string, today int) error {
	b, ok := l.books[isbn]
	if !ok {
		return &LoanError{"checkout", isbn, ErrUnknown}
	}
	count := 0
	for _, ln := range l.loans {
		if ln.Member == member {
			count++
		}
	}
	if count >= l.limit {
		return &LoanError{"checkout", isbn, fmt.Errorf("%s has %d: %w", member, count, ErrLimit)}
	}
	if b.Copies == 0 {
		return &LoanError{"checkout", isbn, ErrNoCopies}
	}
	b.Copies--
	l.loans = append(l.loans, Loan{isbn, member, today + 14})
	return nil
}

func (l *Library) Return(isbn, member string, today int) (fine int, err error) {
	for i, ln := range l.loans {
		if ln.ISBN == isbn && ln.Member == member {
			l.loans = append(l.loans[:i], l.loans[i+1:]...)
			l.books[isbn].Copies++
			if late := today - ln.Due; late > 0 {
				fine = late * 25
			}
			return fine, nil
		}
	}
	return 0, &LoanError{"return", isbn, ErrNotLoaned}
}

func main() {
	lib := &Library{books: map[string]*Book{}, limit: 2}
	for _, b := range []Book{
		{"111", "Dune", "Herbert", 2},
		{"222", "Neuromancer", "Gibson", 1},
		{"333", "Foundation", "Asimov", 1},
	} {
		b := b
		lib.books[b.ISBN] = &b
	}
	steps := []string{
		"out 111 ann 1", "out 222 ann 1", "out 333 ann 2", "out 222 bob 3",
		"out 999 bob 3", "out 111 bob 4", "out 111 cy 4", "ret 222 ann 20",
		"out 222 bob 21", "ret 111 ann 30", "ret 111 dan 30", "out 333 cy 31",
	}
	var day int
	for _, s := range steps {
		f := strings.Fields(s)
		day, _ = strconv.Atoi(f[3])
		var err error
		if f[0] == "out" {
			err = lib.Checkout(f[1], f[2], day)
		} else {
			var fine int
			fine, err = lib.Return(f[1], f[2], day)
			if err == nil && fine > 0 {
				fmt.Printf("%-16s fine $%d.%02d\n", s, fine/100, fine%100)
			}
		}
		if err != nil {
			var le *LoanError
			errors.As(err, &le)
			fmt.Printf("%-16s FAIL op=%s limit=%t nocopy=%t: %v\n", s, le.Op,
				errors.Is(err, ErrLimit), errors.Is(err, ErrNoCopies), err)
		}
	}
	sort.Slice(lib.loans, func(i, j int) bool {
		if lib.loans[i].Due != lib.loans[j].Due {
			return lib.loans[i].Due < lib.loans[j].Due
		}
		return lib.loans[i].ISBN < lib.loans[j].ISBN
	})
	fmt.Println("open loans:")
	for _, ln := range lib.loans {
		fmt.Printf("  %+v %q\n", ln, lib.books[ln.ISBN].Title)
	}
	isbns := []string{}
	for k := range lib.books {
		isbns = append(isbns, k)
	}
	sort.Strings(isbns)
	for _, k := range isbns {
		fmt.Printf("%s %-12s copies=%d\n", k, lib.books[k].Title, lib.books[k].Copies)
	}
}
