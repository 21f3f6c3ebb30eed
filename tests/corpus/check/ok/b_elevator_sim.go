// An elevator controller simulation: a direction enum with String, a
// request queue serviced with the SCAN strategy, and step-by-step ticks.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Direction int

const (
	Idle Direction = iota
	Up
	Down
)

func (d Direction) String() string {
	switch d {
	case Up:
		return "up"
	case Down:
		return "down"
	}
	return "idle"
}

type Elevator struct {
	Floor    int
	Dir      Direction
	MinFloor int
	MaxFloor int
	stops    map[int]bool
	history  []string
	moved    int
}

var ErrBadFloor = errors.New("floor out of range")

var _ fmt.Stringer = Direction(0)

func NewElevator(min, max int) *Elevator {
	return &Elevator{MinFloor: min, MaxFloor: max, stops: map[int]bool{}}
}

func (e *Elevator) Call(floor int) error {
	if floor < e.MinFloor || floor > e.MaxFloor {
		return fmt.Errorf("call %d (range %d..%d): %w", floor, e.MinFloor, e.MaxFloor, ErrBadFloor)
	}
	if floor != e.Floor {
		e.stops[floor] = true
	}
	return nil
}

func (e *Elevator) pending(pred func(int) bool) bool {
	for f := range e.stops {
		if pred(f) {
			return true
		}
	}
	return false
}

func (e *Elevator) Tick() bool {
	above := e.pending(func(f int) bool { return f > e.Floor })
	below := e.pending(func(f int) bool { return f < e.Floor })
	switch {
	case e.Dir == Up && !above, e.Dir == Down && !below, e.Dir == Idle:
		switch {
		case above && (e.Dir != Down || !below):
			e.Dir = Up
		case below:
			e.Dir = Down
		default:
			e.Dir = Idle
			return false
		}
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
	e.moved++
	if e.stops[e.Floor] {
		delete(e.stops, e.Floor)
		e.history = append(e.history, fmt.Sprintf("%d(%v)", e.Floor, e.Dir))
	}
	return true
}

func (e Elevator) Pending() []int {
	out := make([]int, 0, len(e.stops))
	for f := range e.stops {
		out = append(out, f)
	}
	sort.Ints(out)
	return out
}

func main() {
	e := NewElevator(-1, 10)
	for _, f := range []int{5, 2, 8, 12, -1} {
		if err := e.Call(f); errors.Is(err, ErrBadFloor) {
			fmt.Println("ignored:", err)
		}
	}
	calls := map[int][]int{3: {1}, 6: {9, 0}}
	ticks := 0
	for ; ticks < 50; ticks++ {
		for _, f := range calls[ticks] {
			_ = e.Call(f)
			fmt.Printf("t=%d new call to %d, pending %v\n", ticks, f, e.Pending())
		}
		if !e.Tick() && len(calls) > 0 && ticks > 6 {
			break
		}
	}
	fmt.Printf("stopped after %d ticks at floor %d, moved %d floors, dir %v\n", ticks, e.Floor, e.moved, e.Dir)
	fmt.Println("stops:", strings.Join(e.history, " -> "))
	fmt.Printf("%+v\n", *e)
}
