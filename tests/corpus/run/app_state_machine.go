package main

import (
	"fmt"
	"strings"
)

type State string

const (
	Idle       State = "IDLE"
	HasCoins   State = "HAS_COINS"
	Dispensing State = "DISPENSING"
	Maintained State = "MAINTENANCE"
)

type Event struct {
	Name string
	Arg  int
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	sales   int
	history []string
}

type handler func(m *Machine, e Event) (State, string)

var transitions = map[State]map[string]handler{
	Idle: {
		"coin":    insertCoin,
		"service": func(m *Machine, e Event) (State, string) { return Maintained, "service mode" },
	},
	HasCoins: {
		"coin":   insertCoin,
		"select": selectItem,
		"refund": func(m *Machine, e Event) (State, string) {
			r := m.credit
			m.credit = 0
			return Idle, fmt.Sprintf("refunded %d", r)
		},
	},
	Dispensing: {
		"take": func(m *Machine, e Event) (State, string) {
			if m.credit > 0 {
				return HasCoins, fmt.Sprintf("item taken, credit %d left", m.credit)
			}
			return Idle, "item taken"
		},
	},
	Maintained: {
		"restock": func(m *Machine, e Event) (State, string) {
			for k := range m.stock {
				m.stock[k] += e.Arg
			}
			return Maintained, fmt.Sprintf("restocked +%d each", e.Arg)
		},
		"done": func(m *Machine, e Event) (State, string) { return Idle, "back in service" },
	},
}

var itemCodes = []string{"cola", "chips", "candy"}

func insertCoin(m *Machine, e Event) (State, string) {
	if e.Arg != 5 && e.Arg != 10 && e.Arg != 25 {
		return m.state, fmt.Sprintf("rejected coin %d", e.Arg)
	}
	m.credit += e.Arg
	return HasCoins, fmt.Sprintf("credit %d", m.credit)
}

func selectItem(m *Machine, e Event) (State, string) {
	if e.Arg < 0 || e.Arg >= len(itemCodes) {
		return HasCoins, "invalid selection"
	}
	item := itemCodes[e.Arg]
	price := m.prices[item]
	switch {
	case m.stock[item] == 0:
		return HasCoins, item + " sold out"
	case m.credit < price:
		return HasCoins, fmt.Sprintf("%s costs %d, insert %d more", item, price, price-m.credit)
	}
	m.credit -= price
	m.stock[item]--
	m.sales += price
	return Dispensing, "dispensing " + item
}

func (m *Machine) Fire(e Event) {
	h, ok := transitions[m.state][e.Name]
	if !ok {
		m.history = append(m.history, fmt.Sprintf("%-11s %-8s ignored", m.state, e.Name))
		return
	}
	from := m.state
	next, msg := h(m, e)
	m.state = next
	m.history = append(m.history, fmt.Sprintf("%-11s %-8s -> %-11s %s", from, e.Name, next, msg))
}

func main() {
	m := &Machine{
		state:  Idle,
		stock:  map[string]int{"cola": 1, "chips": 2, "candy": 0},
		prices: map[string]int{"cola": 35, "chips": 25, "candy": 15},
	}
	events := []Event{
		{"select", 0}, {"coin", 25}, {"coin", 3}, {"select", 0}, {"coin", 10},
		{"select", 0}, {"coin", 25}, {"take", 0}, {"select", 2}, {"select", 9},
		{"select", 1}, {"take", 0}, {"coin", 5}, {"refund", 0}, {"service", 0},
		{"coin", 25}, {"restock", 3}, {"done", 0}, {"coin", 25}, {"coin", 10}, {"select", 0},
	}
	for _, e := range events {
		m.Fire(e)
	}
	fmt.Println(strings.Join(m.history, "\n"))
	fmt.Printf("final state=%s credit=%d sales=%d stock=%v\n", m.state, m.credit, m.sales, m.stock)
}
