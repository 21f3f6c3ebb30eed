package main

import (
	"errors"
	"fmt"
	"sort"
)

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfService
)

var stateNames = map[State]string{
	Idle:         "Idle",
	HasMoney:     "HasMoney",
	Dispensing:   "Dispensing",
	OutOfService: "OutOfService",
}

func (s State) String() string { return stateNames[s] }

type Product struct {
	Name  string
	Price int
	Stock int
}

type Machine struct {
	state    State
	credit   int
	slots    map[string]*Product
	earnings int
	history  []string
}

var ErrState = errors.New("invalid state")

func (m *Machine) transition(to State) {
	m.history = append(m.history, fmt.Sprintf("%v->%v", m.state, to))
	m.state = to
}

func (m *Machine) Insert(coin int) error {
	switch coin {
	case 5, 10, 25, 100:
	default:
		return fmt.Errorf("rejected coin %d", coin)
	}
	switch m.state {
	case Idle:
		m.transition(HasMoney)
		fallthrough
	case HasMoney:
		m.credit += coin
		return nil
	}
	return fmt.Errorf("insert in %v: %w", m.state, ErrState)
}

func (m *Machine) Select(code string) (change []int, err error) {
	if m.state != HasMoney {
		return nil, fmt.Errorf("select in %v: %w", m.state, ErrState)
	}
	p, ok := m.slots[code]
	if !ok {
		return nil, fmt.Errorf("no slot %s", code)
	}
	if p.Stock == 0 {
		return nil, fmt.Errorf("%s sold out", p.Name)
	}
	if m.credit < p.Price {
		return nil, fmt.Errorf("%s costs %d, credit %d", p.Name, p.Price, m.credit)
	}
	m.transition(Dispensing)
	defer m.transition(Idle)
	p.Stock--
	m.earnings += p.Price
	rest := m.credit - p.Price
	m.credit = 0
	for _, c := range []int{25, 10, 5} {
		for rest >= c {
			change = append(change, c)
			rest -= c
		}
	}
	return change, nil
}

func (m *Machine) Refund() int {
	c := m.credit
	m.credit = 0
	if m.state == HasMoney {
		m.transition(Idle)
	}
	return c
}

func main() {
	m := &Machine{slots: map[string]*Product{
		"A1": {"Chips", 65, 2},
		"A2": {"Candy", 85, 0},
		"B1": {"Water", 100, 5},
	}}
	ops := []struct {
		op  string
		arg interface{}
	}{
		{"select", "A1"}, {"insert", 25}, {"insert", 3}, {"insert", 25},
		{"select", "A1"}, {"select", "A2"}, {"select", "Z9"}, {"insert", 25},
		{"select", "A1"}, {"insert", 100}, {"refund", nil}, {"insert", 100},
		{"insert", 10}, {"select", "B1"}, {"insert", 100}, {"select", "A1"},
		{"insert", 100}, {"select", "A1"},
	}
	for i, o := range ops {
		var out string
		switch o.op {
		case "insert":
			if err := m.Insert(o.arg.(int)); err != nil {
				out = "error: " + err.Error()
			} else {
				out = fmt.Sprintf("credit %d", m.credit)
			}
		case "select":
			ch, err := m.Select(o.arg.(string))
			if errors.Is(err, ErrState) {
				out = "state error: " + err.Error()
			} else if err != nil {
				out = "error: " + err.Error()
			} else {
				out = fmt.Sprintf("dispensed, change %v", ch)
			}
		case "refund":
			out = fmt.Sprintf("refunded %d", m.Refund())
		}
		fmt.Printf("%2d %-6s %-4v | %-10v | %s\n", i, o.op, o.arg, m.state, out)
	}
	fmt.Println("earnings", m.earnings)
	codes := []string{}
	for c := range m.slots {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		fmt.Printf("%s %+v\n", c, *m.slots[c])
	}
	fmt.Println(len(m.history), m.history[:4])
}
