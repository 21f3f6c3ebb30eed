// Package-level declarations used before they are declared: functions,
// types, constants and variables appear in an order unrelated to use.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := newShelf(defaultCapacity)
	for _, t := range seedTitles {
		if err := s.add(Book{Title: t, Pages: pagesFor(t)}); err != nil {
			fmt.Println("add:", err)
		}
	}
	fmt.Println(s.summary())
	fmt.Println("total pages:", s.totalPages(), "limit:", pageLimit)
	fmt.Println(banner)
}

var banner = strings.Repeat(separator, bannerWidth)

const bannerWidth = len(shelfName) + 4

var seedTitles = []string{"Dune", "Emma", "Ulysses", "Beloved", "Hamlet"}

func pagesFor(title string) int { return len(title) * pagesPerLetter }

type Shelf struct {
	books []Book
	cap   int
}

const (
	defaultCapacity = 4
	pagesPerLetter  = 60
	pageLimit       = defaultCapacity * 500
)

func (s *Shelf) add(b Book) error {
	if len(s.books) >= s.cap {
		return errShelfFull
	}
	if s.totalPages()+b.Pages > pageLimit {
		return fmt.Errorf("%q would exceed %d pages", b.Title, pageLimit)
	}
	s.books = append(s.books, b)
	return nil
}

var errShelfFull = fmt.Errorf("%s is full", shelfName)

func newShelf(n int) *Shelf { return &Shelf{cap: n} }

func (s *Shelf) totalPages() (n int) {
	for _, b := range s.books {
		n += b.Pages
	}
	return
}

func (s *Shelf) summary() string {
	names := make([]string, 0, len(s.books))
	for _, b := range s.books {
		names = append(names, b.String())
	}
	return shelfName + ": " + strings.Join(names, ", ")
}

type Book struct {
	Title string
	Pages int
}

func (b Book) String() string { return fmt.Sprintf("%s(%d)", b.Title, b.Pages) }

const shelfName = "front" + separator + "shelf"

const separator = "-"
