// A publish/subscribe event bus: topics mapped to handler slices, an
// unsubscribe closure, typed events checked with a type switch, and a
// panic in a handler turned into an error with defer/recover.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Event interface{ Topic() string }

type UserCreated struct{ Name string }
type OrderPlaced struct {
	ID    int
	Total float64
}
type Shutdown struct{}

func (UserCreated) Topic() string { return "user" }
func (OrderPlaced) Topic() string { return "order" }
func (Shutdown) Topic() string    { return "system" }

var (
	_ Event = UserCreated{}
	_ Event = OrderPlaced{}
	_ Event = Shutdown{}
)

type HandlerFunc func(Event) error

type subscription struct {
	id int
	fn HandlerFunc
}

type Bus struct {
	subs   map[string][]subscription
	nextID int
	stats  map[string]int
}

func NewBus() *Bus { return &Bus{subs: map[string][]subscription{}, stats: map[string]int{}} }

func (b *Bus) Subscribe(topic string, fn HandlerFunc) (unsubscribe func()) {
	b.nextID++
	id := b.nextID
	b.subs[topic] = append(b.subs[topic], subscription{id, fn})
	return func() {
		list := b.subs[topic]
		for i, s := range list {
			if s.id == id {
				b.subs[topic] = append(list[:i:i], list[i+1:]...)
				return
			}
		}
	}
}

func safeCall(fn HandlerFunc, e Event) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("handler panicked: %v", r)
		}
	}()
	return fn(e)
}

func (b *Bus) Publish(e Event) error {
	var errs []string
	for _, s := range b.subs[e.Topic()] {
		b.stats[e.Topic()]++
		if err := safeCall(s.fn, e); err != nil {
			errs = append(errs, err.Error())
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("publish %T: %s", e, strings.Join(errs, "; "))
	}
	return nil
}

var ErrRejected = errors.New("rejected")

func main() {
	bus := NewBus()
	var audit []string
	logger := func(e Event) error {
		switch ev := e.(type) {
		case UserCreated:
			audit = append(audit, "new user "+ev.Name)
		case OrderPlaced:
			audit = append(audit, fmt.Sprintf("order #%d %.2f", ev.ID, ev.Total))
		default:
			audit = append(audit, fmt.Sprintf("other %T", ev))
		}
		return nil
	}
	unsubUser := bus.Subscribe("user", logger)
	bus.Subscribe("order", logger)
	bus.Subscribe("system", logger)
	bus.Subscribe("order", func(e Event) error {
		if o := e.(OrderPlaced); o.Total > 1000 {
			return fmt.Errorf("order %d: %w (limit)", o.ID, ErrRejected)
		}
		return nil
	})
	bus.Subscribe("order", func(e Event) error {
		if e.(OrderPlaced).Total < 0 {
			panic("negative total")
		}
		return nil
	})
	events := []Event{UserCreated{"ada"}, OrderPlaced{1, 25.5}, OrderPlaced{2, 4999}, OrderPlaced{3, -1}, Shutdown{}}
	for i, e := range events {
		if i == 3 {
			unsubUser()
		}
		if err := bus.Publish(e); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(bus.Publish(UserCreated{"ignored"}), len(bus.subs["user"]))
	topics := make([]string, 0, len(bus.stats))
	for t := range bus.stats {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	for _, t := range topics {
		fmt.Printf("%-6s delivered %d\n", t, bus.stats[t])
	}
	fmt.Printf("%q\n", audit)
}
