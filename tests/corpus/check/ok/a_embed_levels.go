// Struct embedding several levels deep: promoted fields and methods,
// embedded pointers, and overriding a promoted method.
package main

import (
	"fmt"
	"strings"
)

type Entity struct {
	ID   int
	tags []string
}

func (e *Entity) Tag(t string)    { e.tags = append(e.tags, t) }
func (e Entity) Tags() string     { return strings.Join(e.tags, ",") }
func (e Entity) Describe() string { return fmt.Sprintf("entity %d", e.ID) }

type Positioned struct {
	Entity
	X, Y float64
}

func (p *Positioned) Move(dx, dy float64) { p.X += dx; p.Y += dy }

type Named struct {
	Name string
}

func (n Named) Greeting() string { return "hi, " + n.Name }

type Player struct {
	*Positioned
	Named
	Score int
}

func (p Player) Describe() string {
	return fmt.Sprintf("player %s (%s) at %.0f,%.0f", p.Name, p.Entity.Describe(), p.X, p.Y)
}

type Describer interface{ Describe() string }
type Mover interface{ Move(dx, dy float64) }

type Team struct {
	Players []*Player
	Named
}

func main() {
	p := Player{Positioned: &Positioned{Entity: Entity{ID: 7}}, Named: Named{"ada"}}
	p.Move(3, 4)
	p.Tag("fast")
	p.Tag("blue")
	p.ID = 70
	fmt.Println(p.Describe())
	fmt.Println(p.Greeting(), p.Tags(), p.Positioned.Entity.ID)

	copyP := p
	copyP.Move(1, 1)
	fmt.Println("shared position:", p.X, p.Y)

	var ds []Describer = []Describer{p, p.Positioned, p.Entity, &p}
	for _, d := range ds {
		fmt.Println(" -", d.Describe())
	}
	var m Mover = p
	m.Move(-3, -4)
	fmt.Println(p.X, p.Y)

	t := Team{Named: Named{"reds"}}
	for i, n := range []string{"bo", "cy"} {
		pl := &Player{Positioned: &Positioned{Entity: Entity{ID: i}}, Named: Named{n}}
		pl.Score = 10 * (i + 1)
		t.Players = append(t.Players, pl)
	}
	total := 0
	for _, pl := range t.Players {
		total += pl.Score
		pl.Move(float64(pl.Score), 0)
	}
	fmt.Println(t.Greeting(), total, t.Players[1].X)
}
