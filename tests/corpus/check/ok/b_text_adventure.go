// A tiny text adventure driven by a scripted command list: rooms in a map,
// an inventory, a command table of method values, and game-over errors.
package main

import (
	"errors"
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

type Game struct {
	rooms     map[string]*Room
	here      string
	inventory map[string]bool
	moves     int
	out       []string
}

var ErrWon = errors.New("you escaped")

type BadCommand struct{ Verb string }

func (b BadCommand) Error() string { return "I don't know how to " + strings.ToUpper(b.Verb) }

var _ error = BadCommand{}

func (g *Game) say(format string, args ...interface{}) {
	g.out = append(g.out, fmt.Sprintf(format, args...))
}

func (g *Game) look(string) error {
	r := g.rooms[g.here]
	exits := make([]string, 0, len(r.Exits))
	for d := range r.Exits {
		exits = append(exits, d)
	}
	sort.Strings(exits)
	g.say("%s: %s Exits: %s. Items: %v", r.Name, r.Desc, strings.Join(exits, ","), r.Items)
	return nil
}

func (g *Game) walk(dir string) error {
	next, ok := g.rooms[g.here].Exits[dir]
	if !ok {
		g.say("You can't go %s.", dir)
		return nil
	}
	if need := g.rooms[next].Lock; need != "" && !g.inventory[need] {
		g.say("The way %s is locked; you need the %s.", dir, need)
		return nil
	}
	g.here = next
	if next == "outside" {
		return ErrWon
	}
	return g.look("")
}

func (g *Game) take(what string) error {
	r := g.rooms[g.here]
	for i, it := range r.Items {
		if it == what {
			r.Items = append(r.Items[:i], r.Items[i+1:]...)
			g.inventory[what] = true
			g.say("Taken: %s.", what)
			return nil
		}
	}
	g.say("There is no %q here.", what)
	return nil
}

func (g *Game) Do(line string) error {
	verb, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
	commands := map[string]func(string) error{
		"look": g.look, "go": g.walk, "take": g.take,
	}
	cmd, ok := commands[verb]
	if !ok {
		return BadCommand{verb}
	}
	g.moves++
	return cmd(arg)
}

func main() {
	g := &Game{
		here:      "cell",
		inventory: map[string]bool{},
		rooms: map[string]*Room{
			"cell":    {Name: "Cell", Desc: "A damp stone cell.", Exits: map[string]string{"north": "hall"}, Items: []string{"spoon"}},
			"hall":    {Name: "Hall", Desc: "A long torch-lit hall.", Exits: map[string]string{"south": "cell", "east": "guard", "west": "outside"}},
			"guard":   {Name: "Guard room", Desc: "A snoring guard.", Exits: map[string]string{"west": "hall"}, Items: []string{"key", "bread"}},
			"outside": {Name: "Outside", Desc: "Freedom.", Lock: "key"},
		},
	}
	script := []string{"look", "take spoon", "go north", "go west", "dance", "go east", "take key", "take sword", "go west", "go west", "look"}
	for _, line := range script {
		err := g.Do(line)
		var bad BadCommand
		if errors.As(err, &bad) {
			g.say("?? %v", bad)
		} else if err == ErrWon {
			g.say("*** %v in %d moves with %d items ***", err, g.moves, len(g.inventory))
			break
		}
	}
	for i, l := range g.out {
		fmt.Printf("%2d| %s\n", i+1, l)
	}
}
