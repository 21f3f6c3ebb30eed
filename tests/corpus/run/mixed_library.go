package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Media interface {
	Title() string
	LoanDays() int
}

type Item struct {
	ID     int
	Name   string
	Year   int
	OnLoan bool
}

func (i Item) Title() string { return fmt.Sprintf("%s (%d)", i.Name, i.Year) }

type Book struct {
	Item
	Author string
	Pages  int
}

func (b Book) LoanDays() int {
	if b.Pages > 500 {
		return 28
	}
	return 21
}

type DVD struct {
	Item
	Minutes int
}

func (d DVD) LoanDays() int { return 7 }
func (d DVD) Title() string { return "[DVD] " + d.Item.Title() }

type Member struct {
	Name  string
	Loans map[int]int
}

type Library struct {
	catalog map[int]Media
	items   map[int]*Item
	members map[string]*Member
	day     int
}

var ErrOnLoan = errors.New("already on loan")
var ErrLimit = errors.New("loan limit reached")

func NewLibrary() *Library {
	return &Library{catalog: map[int]Media{}, items: map[int]*Item{}, members: map[string]*Member{}}
}

func (l *Library) AddBook(b *Book) { l.catalog[b.ID] = b; l.items[b.ID] = &b.Item }
func (l *Library) AddDVD(d *DVD)   { l.catalog[d.ID] = d; l.items[d.ID] = &d.Item }

func (l *Library) Join(name string) {
	l.members[name] = &Member{Name: name, Loans: map[int]int{}}
}

func (l *Library) Checkout(name string, id int) (due int, err error) {
	m, ok := l.members[name]
	if !ok {
		return 0, fmt.Errorf("unknown member %q", name)
	}
	it, ok := l.items[id]
	if !ok {
		return 0, fmt.Errorf("unknown item %d", id)
	}
	if it.OnLoan {
		return 0, fmt.Errorf("item %d: %w", id, ErrOnLoan)
	}
	if len(m.Loans) >= 2 {
		return 0, fmt.Errorf("%s: %w", name, ErrLimit)
	}
	it.OnLoan = true
	due = l.day + l.catalog[id].LoanDays()
	m.Loans[id] = due
	return due, nil
}

func (l *Library) Return(name string, id int) (fine int) {
	m := l.members[name]
	due, ok := m.Loans[id]
	if !ok {
		return -1
	}
	delete(m.Loans, id)
	l.items[id].OnLoan = false
	if late := l.day - due; late > 0 {
		fine = late * 25
	}
	return
}

func (l *Library) Available() []string {
	var out []string
	for id, media := range l.catalog {
		if !l.items[id].OnLoan {
			out = append(out, media.Title())
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	lib := NewLibrary()
	lib.AddBook(&Book{Item{1, "Dune", 1965, false}, "Herbert", 612})
	lib.AddBook(&Book{Item{2, "Neuromancer", 1984, false}, "Gibson", 271})
	lib.AddDVD(&DVD{Item{3, "Alien", 1979, false}, 117})
	lib.AddBook(&Book{Item: Item{ID: 4, Name: "SICP", Year: 1985}, Pages: 657})
	lib.Join("ann")
	lib.Join("ben")

	tries := []struct {
		who string
		id  int
	}{{"ann", 1}, {"ben", 1}, {"ann", 3}, {"ann", 2}, {"zoe", 2}, {"ben", 9}, {"ben", 2}}
	for _, t := range tries {
		due, err := lib.Checkout(t.who, t.id)
		switch {
		case errors.Is(err, ErrOnLoan), errors.Is(err, ErrLimit):
			fmt.Println("denied:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Printf("%s borrowed %s, due day %d\n", t.who, lib.catalog[t.id].Title(), due)
		}
	}
	fmt.Println("available:", strings.Join(lib.Available(), "; "))
	lib.day = 10
	fmt.Println("fine alien:", lib.Return("ann", 3))
	lib.day = 30
	fmt.Println("fine dune:", lib.Return("ann", 1), "again:", lib.Return("ann", 1))
	fmt.Println("ann loans", lib.members["ann"].Loans, "ben loans", lib.members["ben"].Loans)
	for _, id := range []int{1, 2, 3, 4} {
		m := lib.catalog[id]
		kind := "?"
		switch v := m.(type) {
		case *Book:
			kind = "book by " + v.Author
			if v.Author == "" {
				kind = "book by unknown"
			}
		case *DVD:
			kind = fmt.Sprintf("dvd %dmin", v.Minutes)
		}
		fmt.Printf("%d %-24s %-18s loan=%d onloan=%t\n", id, m.Title(), kind, m.LoanDays(), lib.items[id].OnLoan)
	}
}
