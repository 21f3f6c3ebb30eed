// A library lending desk: books and members, loan periods as durations
// on a simulated day counter, late fees in cents, and lending errors.
package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

const Day = 24 * time.Hour

type Book struct {
	ISBN, Title string
	Copies      int
	out         int
}

type Loan struct {
	ISBN   string
	Member string
	Due    time.Duration // offset from the library's epoch
}

type Member struct {
	Name  string
	Limit int
	Fees  int64
}

var (
	ErrNoCopies    = errors.New("no copies available")
	ErrLimit       = errors.New("loan limit reached")
	ErrOutstanding = errors.New("outstanding fees")
)

type LendError struct {
	Member, ISBN string
	Err          error
}

func (e *LendError) Error() string { return e.Member + " / " + e.ISBN + ": " + e.Err.Error() }
func (e *LendError) Unwrap() error { return e.Err }

var _ error = (*LendError)(nil)

type Library struct {
	now     time.Duration
	books   map[string]*Book
	members map[string]*Member
	loans   []Loan
}

func (l *Library) loansOf(name string) int {
	n := 0
	for _, ln := range l.loans {
		if ln.Member == name {
			n++
		}
	}
	return n
}

func (l *Library) Lend(member, isbn string, period time.Duration) error {
	m, b := l.members[member], l.books[isbn]
	switch {
	case m.Fees > 500:
		return &LendError{member, isbn, fmt.Errorf("%w: %d cents", ErrOutstanding, m.Fees)}
	case l.loansOf(member) >= m.Limit:
		return &LendError{member, isbn, ErrLimit}
	case b.out >= b.Copies:
		return &LendError{member, isbn, ErrNoCopies}
	}
	b.out++
	l.loans = append(l.loans, Loan{isbn, member, l.now + period})
	return nil
}

func (l *Library) Return(member, isbn string) (fee int64, err error) {
	for i, ln := range l.loans {
		if ln.Member == member && ln.ISBN == isbn {
			if late := l.now - ln.Due; late > 0 {
				fee = 25 * int64((late+Day-1)/Day)
				l.members[member].Fees += fee
			}
			l.loans = append(l.loans[:i], l.loans[i+1:]...)
			l.books[isbn].out--
			return fee, nil
		}
	}
	return 0, fmt.Errorf("%s has not borrowed %s", member, isbn)
}

func main() {
	lib := &Library{
		books: map[string]*Book{
			"111": {ISBN: "111", Title: "The Go Programming Language", Copies: 1},
			"222": {ISBN: "222", Title: "Crafting Interpreters", Copies: 2},
		},
		members: map[string]*Member{"ann": {Name: "ann", Limit: 2}, "ben": {Name: "ben", Limit: 1}},
	}
	try := func(member, isbn string) {
		err := lib.Lend(member, isbn, 14*Day)
		var le *LendError
		switch {
		case err == nil:
			fmt.Printf("day %2d: %s borrows %q\n", lib.now/Day, member, lib.books[isbn].Title)
		case errors.As(err, &le) && errors.Is(err, ErrNoCopies):
			fmt.Printf("day %2d: waitlist %s for %s\n", lib.now/Day, le.Member, le.ISBN)
		default:
			fmt.Printf("day %2d: refused: %v\n", lib.now/Day, err)
		}
	}
	try("ann", "111")
	try("ben", "111")
	try("ben", "222")
	try("ben", "222")
	lib.now += 20 * Day
	if fee, err := lib.Return("ben", "222"); err == nil {
		fmt.Printf("ben returns late, fee %d cents (%v over)\n", fee, lib.now-14*Day)
	}
	lib.now += 30 * Day
	fee, _ := lib.Return("ann", "111")
	fmt.Printf("ann fee %d\n", fee)
	try("ann", "222")
	_, err := lib.Return("ben", "999")
	fmt.Println(err)
	names := []string{}
	for n := range lib.members {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%+v loans=%d\n", *lib.members[n], lib.loansOf(n))
	}
}
