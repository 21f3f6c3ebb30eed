// A todo list manager: priorities as an iota enum with String, multi-key
// sorting with sort.SliceStable, filters as closures, and command errors.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
	Urgent
)

func (p Priority) String() string {
	return [...]string{"low", "medium", "high", "URGENT"}[p]
}

type Todo struct {
	ID       int
	Title    string
	Prio     Priority
	Done     bool
	Tags     []string
	DueInDay int
}

type List struct {
	items  []*Todo
	nextID int
}

var ErrNotFound = errors.New("todo not found")

var _ fmt.Stringer = Todo{}

func (l *List) Add(title string, p Priority, due int, tags ...string) *Todo {
	l.nextID++
	t := &Todo{ID: l.nextID, Title: title, Prio: p, DueInDay: due, Tags: tags}
	l.items = append(l.items, t)
	return t
}

func (l *List) Complete(id int) error {
	for _, t := range l.items {
		if t.ID == id {
			if t.Done {
				return fmt.Errorf("todo %d already done", id)
			}
			t.Done = true
			return nil
		}
	}
	return fmt.Errorf("complete %d: %w", id, ErrNotFound)
}

type Filter func(*Todo) bool

func HasTag(tag string) Filter {
	return func(t *Todo) bool {
		for _, x := range t.Tags {
			if x == tag {
				return true
			}
		}
		return false
	}
}

func Open(t *Todo) bool { return !t.Done }

func (l *List) Query(filters ...Filter) []*Todo {
	var out []*Todo
next:
	for _, t := range l.items {
		for _, f := range filters {
			if !f(t) {
				continue next
			}
		}
		out = append(out, t)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Prio != out[j].Prio {
			return out[i].Prio > out[j].Prio
		}
		return out[i].DueInDay < out[j].DueInDay
	})
	return out
}

func (t Todo) String() string {
	box := "[ ]"
	if t.Done {
		box = "[x]"
	}
	return fmt.Sprintf("%s #%-2d %-22s %-7v due+%dd %s", box, t.ID, strconv.Quote(t.Title), t.Prio, t.DueInDay, strings.Join(t.Tags, ","))
}

func main() {
	l := &List{}
	l.Add("file taxes", Urgent, 3, "home", "money")
	l.Add("write report", High, 1, "work")
	l.Add("buy milk", Low, 0, "home")
	l.Add("review PR #42", High, 0, "work", "code")
	l.Add("renew passport", Medium, 30, "home")
	l.Add("fix flaky test", Medium, 2, "work", "code")
	for _, id := range []int{3, 3, 99, 2} {
		if err := l.Complete(id); errors.Is(err, ErrNotFound) {
			fmt.Println("warning:", err)
		} else if err != nil {
			fmt.Println("note:", err)
		}
	}
	fmt.Println("== all open")
	for _, t := range l.Query(Open) {
		fmt.Println(t)
	}
	fmt.Println("== work")
	for _, t := range l.Query(HasTag("work")) {
		fmt.Printf("%v\n", *t)
	}
	soon := func(t *Todo) bool { return t.DueInDay <= 2 }
	fmt.Printf("== open, home, soon: %d\n", len(l.Query(Open, HasTag("home"), soon)))
	counts := map[Priority]int{}
	for _, t := range l.items {
		counts[t.Prio]++
	}
	fmt.Printf("%v %d\n", counts, Urgent)
}
