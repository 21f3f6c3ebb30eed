package main

import (
	"errors"
	"fmt"
	"strings"
)

type Size int

const (
	Compact Size = iota + 1
	Regular
	Large
)

var sizeNames = map[Size]string{Compact: "compact", Regular: "regular", Large: "large"}

func (s Size) String() string { return sizeNames[s] }

type Vehicle struct {
	Plate string
	Size  Size
}

type Spot struct {
	ID       int
	Size     Size
	Occupant *Vehicle
}

type Lot struct {
	spots   []Spot
	byPlate map[string]int
	revenue int
}

var ErrFull = errors.New("no spot available")

func NewLot(layout string) *Lot {
	l := &Lot{byPlate: map[string]int{}}
	for i, c := range layout {
		l.spots = append(l.spots, Spot{ID: i + 1, Size: Size(c - '0')})
	}
	return l
}

func (l *Lot) Park(v Vehicle) (int, error) {
	if _, dup := l.byPlate[v.Plate]; dup {
		return 0, fmt.Errorf("vehicle %s already parked", v.Plate)
	}
	best := -1
	for i := range l.spots {
		s := &l.spots[i]
		if s.Occupant == nil && s.Size >= v.Size && (best < 0 || s.Size < l.spots[best].Size) {
			best = i
		}
	}
	if best < 0 {
		return 0, fmt.Errorf("park %s (%v): %w", v.Plate, v.Size, ErrFull)
	}
	l.spots[best].Occupant = &v
	l.byPlate[v.Plate] = best
	return l.spots[best].ID, nil
}

func (l *Lot) Leave(plate string, hours int) (int, error) {
	idx, ok := l.byPlate[plate]
	if !ok {
		return 0, fmt.Errorf("vehicle %s not found", plate)
	}
	rate := map[Size]int{Compact: 2, Regular: 3, Large: 5}[l.spots[idx].Size]
	fee := rate * hours
	if hours > 8 {
		fee = rate * 8
	}
	l.spots[idx].Occupant = nil
	delete(l.byPlate, plate)
	l.revenue += fee
	return fee, nil
}

func (l *Lot) String() string {
	var sb strings.Builder
	for _, s := range l.spots {
		if s.Occupant == nil {
			sb.WriteString(fmt.Sprintf("[%d:%c ] ", s.ID, s.Size.String()[0]))
		} else {
			sb.WriteString(fmt.Sprintf("[%d:%c*] ", s.ID, s.Size.String()[0]))
		}
	}
	return strings.TrimSpace(sb.String())
}

func main() {
	lot := NewLot("1122233")
	arrivals := []Vehicle{
		{"MOTO-1", Compact}, {"CAR-1", Regular}, {"VAN-1", Large},
		{"CAR-2", Regular}, {"CAR-3", Regular}, {"CAR-1", Regular},
		{"TRUCK-1", Large}, {"MOTO-2", Compact}, {"MOTO-3", Compact},
	}
	for _, v := range arrivals {
		id, err := lot.Park(v)
		if err != nil {
			fmt.Printf("%-8s rejected: %v (full=%t)\n", v.Plate, err, errors.Is(err, ErrFull))
			continue
		}
		fmt.Printf("%-8s -> spot %d\n", v.Plate, id)
	}
	fmt.Println(lot)
	for _, dep := range []struct {
		plate string
		hours int
	}{{"CAR-2", 3}, {"VAN-1", 12}, {"GHOST", 1}, {"MOTO-1", 1}} {
		fee, err := lot.Leave(dep.plate, dep.hours)
		if err != nil {
			fmt.Println("leave error:", err)
			continue
		}
		fmt.Printf("%s paid $%d\n", dep.plate, fee)
	}
	id, err := lot.Park(Vehicle{"TRUCK-1", Large})
	fmt.Println("retry truck:", id, err)
	fmt.Println(lot)
	fmt.Println("revenue:", lot.revenue, "parked:", len(lot.byPlate))
}
