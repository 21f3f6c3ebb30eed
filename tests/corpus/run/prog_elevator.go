package main

import (
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

type Request struct {
	At    int
	Floor int
}

type Elevator struct {
	floor  int
	dir    Direction
	stops  map[int]bool
	log    []string
	moved  int
	served []int
	minF   int
	maxF   int
}

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.stops {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	return fs
}

func (e *Elevator) chooseDir() {
	fs := e.pending()
	if len(fs) == 0 {
		e.dir = Idle
		return
	}
	hasAbove, hasBelow := fs[len(fs)-1] > e.floor, fs[0] < e.floor
	switch {
	case e.dir == Up && hasAbove, e.dir == Down && hasBelow:
	case hasAbove:
		e.dir = Up
	case hasBelow:
		e.dir = Down
	}
}

func (e *Elevator) Step(t int) {
	if e.stops[e.floor] {
		delete(e.stops, e.floor)
		e.served = append(e.served, e.floor)
		e.log = append(e.log, fmt.Sprintf("t=%02d open at %d", t, e.floor))
	}
	e.chooseDir()
	switch e.dir {
	case Up:
		e.floor++
		e.moved++
	case Down:
		e.floor--
		e.moved++
	}
}

func (e *Elevator) Call(floor int) error {
	if floor < e.minF || floor > e.maxF {
		return fmt.Errorf("floor %d out of range [%d,%d]", floor, e.minF, e.maxF)
	}
	e.stops[floor] = true
	return nil
}

func main() {
	e := &Elevator{stops: map[int]bool{}, minF: -1, maxF: 9}
	reqs := []Request{{0, 5}, {0, 2}, {1, 8}, {3, 1}, {4, 12}, {6, 0}, {7, 9}, {12, -1}, {12, 3}, {20, 4}}
	ri := 0
	for t := 0; t < 40; t++ {
		for ri < len(reqs) && reqs[ri].At == t {
			if err := e.Call(reqs[ri].Floor); err != nil {
				e.log = append(e.log, fmt.Sprintf("t=%02d reject: %v", t, err))
			}
			ri++
		}
		before := e.dir
		e.Step(t)
		if e.dir != before {
			e.log = append(e.log, fmt.Sprintf("t=%02d dir %v -> %v at %d", t, before, e.dir, e.floor))
		}
		if e.dir == Idle && ri == len(reqs) && len(e.stops) == 0 {
			e.log = append(e.log, fmt.Sprintf("t=%02d all done", t))
			break
		}
	}
	fmt.Println(strings.Join(e.log, "\n"))
	fmt.Println("served:", e.served)
	fmt.Println("floors moved:", e.moved, "final floor:", e.floor, "dir:", e.dir)
}
