// A turnstile-style state machine: iota states and events, a transition
// table keyed by a struct, and action callbacks stored as functions.
package main

import (
	"errors"
	"fmt"
)

type State uint8
type Event uint8

const (
	Locked State = iota
	Unlocked
	Broken
)

const (
	Coin Event = iota + 1
	Push
	Kick
	Repair
)

func (s State) String() string {
	return [...]string{"Locked", "Unlocked", "Broken"}[s]
}

func (e Event) String() string {
	switch e {
	case Coin:
		return "coin"
	case Push:
		return "push"
	case Kick:
		return "kick"
	case Repair:
		return "repair"
	}
	return fmt.Sprintf("event(%d)", uint8(e))
}

type key struct {
	s State
	e Event
}

type Machine struct {
	state   State
	coins   int
	passes  int
	table   map[key]State
	actions map[key]func(*Machine)
}

var ErrInvalid = errors.New("invalid transition")

func NewMachine() *Machine {
	m := &Machine{table: map[key]State{
		{Locked, Coin}:   Unlocked,
		{Locked, Push}:   Locked,
		{Unlocked, Push}: Locked,
		{Unlocked, Coin}: Unlocked,
		{Locked, Kick}:   Broken,
		{Unlocked, Kick}: Broken,
		{Broken, Repair}: Locked,
	}}
	m.actions = map[key]func(*Machine){
		{Locked, Coin}:   func(m *Machine) { m.coins++ },
		{Unlocked, Coin}: func(m *Machine) { m.coins++ },
		{Unlocked, Push}: func(m *Machine) { m.passes++ },
	}
	return m
}

func (m *Machine) Fire(e Event) error {
	k := key{m.state, e}
	next, ok := m.table[k]
	if !ok {
		return fmt.Errorf("%v on %v: %w", e, m.state, ErrInvalid)
	}
	if act := m.actions[k]; act != nil {
		act(m)
	}
	m.state = next
	return nil
}

func main() {
	m := NewMachine()
	events := []Event{Push, Coin, Push, Coin, Coin, Push, Kick, Coin, Repair, Coin, Event(9)}
	for _, e := range events {
		before := m.state
		if err := m.Fire(e); err != nil {
			fmt.Println("  !", err, errors.Is(err, ErrInvalid))
			continue
		}
		fmt.Printf("%-8v --%-6v--> %v\n", before, e, m.state)
	}
	fmt.Println("coins:", m.coins, "passes:", m.passes, "final:", m.state)
}
