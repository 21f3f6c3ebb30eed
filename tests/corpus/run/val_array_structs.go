package main

import "fmt"

type Cell struct {
	Alive bool
	Age   int
}

type Player struct {
	Name  string
	Score int
	Pos   [2]int
}

type Team struct {
	Name    string
	Players [3]Player
}

func (t Team) Total() int {
	s := 0
	for _, p := range t.Players {
		s += p.Score
	}
	return s
}

func (t *Team) Bonus(n int) {
	for i := range t.Players {
		t.Players[i].Score += n
	}
}

func moveAll(ps [3]Player, dx int) [3]Player {
	for i := range ps {
		ps[i].Pos[0] += dx
	}
	return ps
}

func main() {
	var world [2][3]Cell
	world[0][1] = Cell{true, 3}
	snapshot := world
	world[0][1].Age++
	world[1][2].Alive = true
	fmt.Println("world:   ", world)
	fmt.Println("snapshot:", snapshot)

	t := Team{Name: "red", Players: [3]Player{
		{"ann", 10, [2]int{0, 0}},
		{"bob", 20, [2]int{1, 1}},
		{"cy", 30, [2]int{2, 2}},
	}}
	t2 := t
	t2.Name = "blue"
	t2.Players[0].Name = "dee"
	t2.Bonus(5)
	fmt.Println(t.Name, t.Total(), t.Players[0].Name, "|", t2.Name, t2.Total(), t2.Players[0].Name)

	moved := moveAll(t.Players, 10)
	fmt.Println("original pos:", t.Players[0].Pos, "moved pos:", moved[0].Pos)

	for _, p := range t.Players {
		p.Score = 0
	}
	fmt.Println("range copy leaves scores:", t.Total())
	for i := range t.Players {
		p := &t.Players[i]
		p.Score *= 2
		p.Pos[1] = -i
	}
	fmt.Printf("%+v\n", t.Players)

	teams := map[string]Team{"red": t, "blue": t2}
	tmp := teams["red"]
	tmp.Bonus(1000)
	fmt.Println("map value unchanged:", teams["red"].Total(), "tmp:", tmp.Total())
	teams["red"] = tmp
	fmt.Println("after store:", teams["red"].Total())

	best := t.Players[0]
	for _, p := range t.Players[1:] {
		if p.Score > best.Score {
			best = p
		}
	}
	best.Name = "MVP " + best.Name
	fmt.Println(best.Name, t.Players[2].Name)

	ptrs := [3]*Player{}
	for i := range t.Players {
		ptrs[i] = &t.Players[i]
	}
	ptrs[1].Score = -1
	fmt.Println(t.Players[1].Score, t.Total(), t == t, t.Players == t2.Players)
	fmt.Println(Cell{} == world[0][0], world[0] == snapshot[0])
}
