package main

import "fmt"

type Speaker interface{ Speak() string }
type Mover interface{ Move(d int) }
type Actor interface {
	Speaker
	Mover
}

type Body struct{ pos int }

func (b *Body) Move(d int)   { b.pos += d }
func (b Body) Where() string { return fmt.Sprintf("at %d", b.pos) }

type Voice struct{ word string }

func (v Voice) Speak() string { return v.word }

type Robot struct {
	Body
	Voice
	id int
}

type Ghost struct {
	*Body
	Voice
}

func act(a Actor, steps int) string {
	a.Move(steps)
	return a.Speak()
}

func main() {
	r := &Robot{Voice: Voice{"beep"}, id: 1}
	var a Actor = r
	said := act(a, 3)
	fmt.Println(said, r.pos, r.Where())

	var sp Speaker = *r
	fmt.Println(sp.Speak())

	_, valueIsMover := interface{}(*r).(Mover)
	_, ptrIsMover := interface{}(r).(Mover)
	fmt.Println("Robot value is Mover:", valueIsMover, "pointer:", ptrIsMover)

	g := Ghost{Body: &Body{10}, Voice: Voice{"boo"}}
	var a2 Actor = g
	said = act(a2, 5)
	fmt.Println(said, g.pos, g.Where())
	_, ghostValueIsActor := interface{}(g).(Actor)
	fmt.Println("Ghost value is Actor:", ghostValueIsActor)

	actors := []Actor{r, g, &g}
	for i, ac := range actors {
		fmt.Printf("%d %T %s\n", i, ac, act(ac, 1))
	}
	fmt.Println(r.pos, g.pos)

	rv := Robot{Voice: Voice{"copy"}}
	rv.Move(7)
	fmt.Println(rv.pos, rv.Where())

	robots := []Robot{{id: 1}, {id: 2}}
	for _, rb := range robots {
		rb.Move(100)
	}
	fmt.Println(robots[0].pos, robots[1].pos)
	for i := range robots {
		robots[i].Move(100)
	}
	fmt.Println(robots[0].pos, robots[1].pos)

	m := map[string]Body{"a": {1}}
	b := m["a"]
	b.Move(5)
	fmt.Println(m["a"].pos, b.pos, m["a"].Where())

	moveFn := (*Body).Move
	whereFn := Body.Where
	bb := &Body{}
	moveFn(bb, 4)
	fmt.Println(whereFn(*bb), (*Body).Where(bb))
	fmt.Printf("%T\n%T\n", moveFn, whereFn)
}
