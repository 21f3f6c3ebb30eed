package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Book struct {
	ISBN    string
	Title   string
	Author  string
	Year    int
	OnLoan  bool
	History []string
}

type Catalog struct {
	books   map[string]*Book
	members map[string][]string
}

var ErrNotFound = errors.New("book not found")
var ErrOnLoan = errors.New("book already on loan")
var ErrLimit = errors.New("loan limit reached")

const maxLoans = 2

func NewCatalog() *Catalog {
	return &Catalog{books: map[string]*Book{}, members: map[string][]string{}}
}

func (c *Catalog) Add(b Book) { c.books[b.ISBN] = &b }

func (c *Catalog) Checkout(member, isbn string) error {
	b, ok := c.books[isbn]
	if !ok {
		return fmt.Errorf("checkout %s: %w", isbn, ErrNotFound)
	}
	if b.OnLoan {
		return fmt.Errorf("checkout %q: %w", b.Title, ErrOnLoan)
	}
	if len(c.members[member]) >= maxLoans {
		return fmt.Errorf("%s: %w (%d)", member, ErrLimit, maxLoans)
	}
	b.OnLoan = true
	b.History = append(b.History, member)
	c.members[member] = append(c.members[member], isbn)
	return nil
}

func (c *Catalog) Return(member, isbn string) error {
	loans := c.members[member]
	for i, l := range loans {
		if l == isbn {
			c.members[member] = append(loans[:i], loans[i+1:]...)
			c.books[isbn].OnLoan = false
			return nil
		}
	}
	return fmt.Errorf("return %s by %s: %w", isbn, member, ErrNotFound)
}

func (c *Catalog) Search(pred func(*Book) bool) []*Book {
	var out []*Book
	for _, b := range c.books {
		if pred(b) {
			out = append(out, b)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Year != out[j].Year {
			return out[i].Year < out[j].Year
		}
		return out[i].Title < out[j].Title
	})
	return out
}

func (b *Book) String() string {
	status := "in"
	if b.OnLoan {
		status = "out"
	}
	return fmt.Sprintf("%-28s %-18s %d [%s]", b.Title, b.Author, b.Year, status)
}

func main() {
	cat := NewCatalog()
	cat.Add(Book{ISBN: "111", Title: "The Go Programming Language", Author: "Donovan", Year: 2015})
	cat.Add(Book{ISBN: "222", Title: "Structure and Interpretation", Author: "Abelson", Year: 1985})
	cat.Add(Book{ISBN: "333", Title: "The C Programming Language", Author: "Kernighan", Year: 1978})
	cat.Add(Book{ISBN: "444", Title: "Go in Action", Author: "Kennedy", Year: 2015})
	cat.Add(Book{ISBN: "555", Title: "Compilers", Author: "Aho", Year: 1986})

	actions := []struct{ kind, member, isbn string }{
		{"out", "ann", "111"}, {"out", "bob", "111"}, {"out", "ann", "333"},
		{"out", "ann", "444"}, {"out", "bob", "999"}, {"ret", "ann", "111"},
		{"out", "bob", "111"}, {"ret", "bob", "333"}, {"out", "ann", "555"},
	}
	for _, a := range actions {
		var err error
		if a.kind == "out" {
			err = cat.Checkout(a.member, a.isbn)
		} else {
			err = cat.Return(a.member, a.isbn)
		}
		tag := "ok"
		switch {
		case errors.Is(err, ErrOnLoan):
			tag = "busy"
		case errors.Is(err, ErrLimit):
			tag = "limit"
		case errors.Is(err, ErrNotFound):
			tag = "missing"
		}
		if err != nil {
			fmt.Printf("%-3s %-3s %s -> %s: %v\n", a.kind, a.member, a.isbn, tag, err)
		} else {
			fmt.Printf("%-3s %-3s %s -> %s\n", a.kind, a.member, a.isbn, tag)
		}
	}
	fmt.Println("-- all books")
	for _, b := range cat.Search(func(*Book) bool { return true }) {
		fmt.Println(b)
	}
	fmt.Println("-- titles containing 'Language'")
	for _, b := range cat.Search(func(b *Book) bool { return strings.Contains(b.Title, "Language") }) {
		fmt.Println(b.Title, b.History)
	}
	fmt.Println("-- on loan")
	for _, b := range cat.Search(func(b *Book) bool { return b.OnLoan }) {
		fmt.Println(b.ISBN, b.Title)
	}
	fmt.Println(cat.members)
}
