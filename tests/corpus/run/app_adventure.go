package main

import (
	"fmt"
	"sort"
	"strings"
)

type Room struct {
	Name  string
	Desc  string
	Exits map[string]string
	Items []string
	Lock  string // item needed to enter
}

type Player struct {
	Room  string
	Bag   map[string]bool
	Moves int
	Score int
}

type World struct {
	Rooms  map[string]*Room
	Player *Player
}

func (w *World) here() *Room { return w.Rooms[w.Player.Room] }

func (w *World) look() string {
	r := w.here()
	dirs := make([]string, 0, len(r.Exits))
	for d := range r.Exits {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	s := fmt.Sprintf("%s: %s Exits: %s.", r.Name, r.Desc, strings.Join(dirs, ", "))
	if len(r.Items) > 0 {
		s += " You see: " + strings.Join(r.Items, ", ") + "."
	}
	return s
}

func (w *World) Do(cmd string) string {
	verb, obj, _ := strings.Cut(strings.ToLower(strings.TrimSpace(cmd)), " ")
	p := w.Player
	p.Moves++
	switch verb {
	case "look", "l":
		return w.look()
	case "go", "n", "s", "e", "w":
		if verb != "go" {
			obj = map[string]string{"n": "north", "s": "south", "e": "east", "w": "west"}[verb]
		}
		dest, ok := w.here().Exits[obj]
		if !ok {
			return "You can't go " + obj + "."
		}
		if lock := w.Rooms[dest].Lock; lock != "" && !p.Bag[lock] {
			return fmt.Sprintf("The way %s is locked. You need the %s.", obj, lock)
		}
		p.Room = dest
		return w.look()
	case "take", "get":
		r := w.here()
		for i, it := range r.Items {
			if it == obj {
				r.Items = append(r.Items[:i], r.Items[i+1:]...)
				p.Bag[it] = true
				p.Score += 10
				return "Taken: " + it + "."
			}
		}
		return fmt.Sprintf("There is no %q here.", obj)
	case "drop":
		if !p.Bag[obj] {
			return "You don't have that."
		}
		delete(p.Bag, obj)
		w.here().Items = append(w.here().Items, obj)
		return "Dropped."
	case "inv", "i":
		if len(p.Bag) == 0 {
			return "You carry nothing."
		}
		return fmt.Sprint("You carry: ", p.Bag)
	}
	p.Moves--
	return fmt.Sprintf("I don't understand %q.", verb)
}

func main() {
	w := &World{
		Rooms: map[string]*Room{
			"hall":    {Name: "Hall", Desc: "A dusty entrance hall.", Exits: map[string]string{"north": "library", "east": "kitchen"}},
			"library": {Name: "Library", Desc: "Shelves of rotting books.", Exits: map[string]string{"south": "hall"}, Items: []string{"key", "candle"}},
			"kitchen": {Name: "Kitchen", Desc: "It smells of old soup.", Exits: map[string]string{"west": "hall", "down": "cellar"}, Items: []string{"knife"}},
			"cellar":  {Name: "Cellar", Desc: "Cold and dark.", Exits: map[string]string{"up": "kitchen"}, Items: []string{"treasure"}, Lock: "key"},
		},
		Player: &Player{Room: "hall", Bag: map[string]bool{}},
	}
	script := []string{
		"look", "inv", "e", "go down", "take knife", "w", "n", "take key",
		"take book", "Take Candle", "inv", "s", "e", "go down", "take treasure",
		"drop knife", "look", "dance", "go up", "go sideways", "i",
	}
	for _, c := range script {
		fmt.Printf("> %s\n%s\n", c, w.Do(c))
	}
	fmt.Printf("moves=%d score=%d room=%s\n", w.Player.Moves, w.Player.Score, w.Player.Room)
}
