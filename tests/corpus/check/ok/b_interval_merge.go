// A meeting-room calendar: intervals in minutes with a Stringer, merging
// overlapping ranges, booking with conflict errors, and free-slot search.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Minute int

func (m Minute) String() string { return fmt.Sprintf("%02d:%02d", int(m)/60, int(m)%60) }

type Interval struct {
	Start, End Minute
	Title      string
}

func (iv Interval) String() string          { return fmt.Sprintf("%v-%v %s", iv.Start, iv.End, iv.Title) }
func (iv Interval) Len() Minute             { return iv.End - iv.Start }
func (a Interval) Overlaps(b Interval) bool { return a.Start < b.End && b.Start < a.End }

type ConflictError struct {
	Want, Have Interval
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("%q conflicts with %q", e.Want.Title, e.Have.Title)
}

var ErrInvalid = errors.New("end must be after start")

var (
	_ error        = (*ConflictError)(nil)
	_ fmt.Stringer = Minute(0)
)

type Room struct {
	Name     string
	bookings []Interval
}

func (r *Room) Book(iv Interval) error {
	if iv.End <= iv.Start {
		return fmt.Errorf("book %s in %s: %w", iv, r.Name, ErrInvalid)
	}
	for _, b := range r.bookings {
		if b.Overlaps(iv) {
			return &ConflictError{iv, b}
		}
	}
	r.bookings = append(r.bookings, iv)
	sort.Slice(r.bookings, func(i, j int) bool { return r.bookings[i].Start < r.bookings[j].Start })
	return nil
}

func Merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	s := append([]Interval(nil), ivs...)
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			if iv.End > last.End {
				last.End = iv.End
			}
			last.Title += "+" + iv.Title
			continue
		}
		out = append(out, iv)
	}
	return out
}

func (r *Room) Free(dayStart, dayEnd, need Minute) []Interval {
	var free []Interval
	cursor := dayStart
	for _, b := range append(r.bookings, Interval{dayEnd, dayEnd, "end"}) {
		if b.Start-cursor >= need {
			free = append(free, Interval{cursor, b.Start, "free"})
		}
		if b.End > cursor {
			cursor = b.End
		}
	}
	return free
}

func at(h, m int) Minute { return Minute(h*60 + m) }

func main() {
	room := &Room{Name: "Atlas"}
	reqs := []Interval{
		{at(9, 0), at(10, 0), "standup"},
		{at(9, 30), at(10, 30), "design review"},
		{at(11, 0), at(12, 15), "interview"},
		{at(13, 0), at(12, 0), "lunch?"},
		{at(14, 0), at(15, 30), "planning"},
		{at(10, 0), at(10, 45), "1:1"},
	}
	for _, iv := range reqs {
		err := room.Book(iv)
		var ce *ConflictError
		switch {
		case errors.As(err, &ce):
			fmt.Printf("rejected: %v (overlap %v..%v)\n", err, ce.Have.Start, ce.Have.End)
		case errors.Is(err, ErrInvalid):
			fmt.Println("invalid:", err)
		}
	}
	fmt.Println("booked:", room.bookings)
	for _, f := range room.Free(at(8, 30), at(17, 0), 30) {
		fmt.Printf("  free %v (%d min)\n", f, f.Len())
	}
	merged := Merge(append(reqs[:3:3], Interval{at(12, 0), at(13, 0), "lunch"}))
	titles := make([]string, len(merged))
	for i, m := range merged {
		titles[i] = m.String()
	}
	fmt.Println("merged:", strings.Join(titles, " | "))
}
