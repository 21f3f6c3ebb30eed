package main

import (
	"fmt"
	"time"
)

type State int

const (
	Red State = iota
	RedAmber
	Green
	Amber
	FlashingAmber
)

var names = map[State]string{
	Red: "RED", RedAmber: "RED+AMBER", Green: "GREEN", Amber: "AMBER", FlashingAmber: "FLASHING",
}

func (s State) String() string { return names[s] }

type Event string

const (
	Tick     Event = "tick"
	Fault    Event = "fault"
	Repair   Event = "repair"
	PedPress Event = "ped"
)

type Light struct {
	state    State
	elapsed  time.Duration
	pedWait  bool
	timings  map[State]time.Duration
	history  []string
	switches int
}

func NewLight() *Light {
	return &Light{
		state: Red,
		timings: map[State]time.Duration{
			Red: 30 * time.Second, RedAmber: 2 * time.Second,
			Green: 25 * time.Second, Amber: 3 * time.Second,
		},
	}
}

func (l *Light) next() State {
	switch l.state {
	case Red:
		return RedAmber
	case RedAmber:
		return Green
	case Green:
		return Amber
	case Amber:
		return Red
	}
	return l.state
}

func (l *Light) transition(to State, why string) {
	l.history = append(l.history, fmt.Sprintf("%v->%v (%s after %v)", l.state, to, why, l.elapsed))
	l.state, l.elapsed = to, 0
	l.switches++
}

func (l *Light) Handle(ev Event, dt time.Duration) {
	switch ev {
	case Fault:
		if l.state != FlashingAmber {
			l.transition(FlashingAmber, "fault")
		}
	case Repair:
		if l.state == FlashingAmber {
			l.transition(Red, "repair")
		}
	case PedPress:
		l.pedWait = true
	case Tick:
		if l.state == FlashingAmber {
			return
		}
		l.elapsed += dt
		limit := l.timings[l.state]
		if l.state == Green && l.pedWait && l.elapsed >= limit/2 {
			l.pedWait = false
			l.transition(l.next(), "pedestrian")
			return
		}
		if l.elapsed >= limit {
			l.transition(l.next(), "timer")
		}
	}
}

func main() {
	l := NewLight()
	step := 1500 * time.Millisecond
	script := []Event{}
	for i := 0; i < 60; i++ {
		script = append(script, Tick)
	}
	script = append(script, PedPress)
	for i := 0; i < 18; i++ {
		script = append(script, Tick)
	}
	script = append(script, Fault, Tick, Tick, Fault, Repair)
	for i := 0; i < 25; i++ {
		script = append(script, Tick)
	}
	for _, ev := range script {
		l.Handle(ev, step)
	}
	for i, h := range l.history {
		fmt.Printf("%2d %s\n", i+1, h)
	}
	fmt.Printf("final=%v elapsed=%v switches=%d\n", l.state, l.elapsed, l.switches)
	total := time.Duration(0)
	for _, s := range []State{Red, RedAmber, Green, Amber} {
		total += l.timings[s]
	}
	fmt.Println("cycle:", total, total.Seconds(), total.Minutes())
	fmt.Printf("%d %v %s\n", step, step, step*3)
}
