package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrTooManyPins = errors.New("too many pins")
var ErrGameOver = errors.New("game over")

type Game struct {
	rolls []int
}

func (g *Game) Roll(pins int) error {
	if pins < 0 || pins > 10 {
		return fmt.Errorf("roll %d: %w", pins, ErrTooManyPins)
	}
	if g.complete() {
		return ErrGameOver
	}
	frame, first := g.position()
	if !first && frame < 9 {
		prev := g.rolls[len(g.rolls)-1]
		if prev+pins > 10 {
			return fmt.Errorf("frame %d: %d+%d: %w", frame+1, prev, pins, ErrTooManyPins)
		}
	}
	g.rolls = append(g.rolls, pins)
	return nil
}

func (g *Game) position() (frame int, firstBall bool) {
	i := 0
	for frame = 0; frame < 9; frame++ {
		if i >= len(g.rolls) {
			return frame, true
		}
		if g.rolls[i] == 10 {
			i++
			continue
		}
		if i+1 >= len(g.rolls) {
			return frame, false
		}
		i += 2
	}
	return 9, i == len(g.rolls)
}

func (g *Game) complete() bool {
	frame, _ := g.position()
	if frame < 9 {
		return false
	}
	tenth := g.rolls[g.tenthStart():]
	if len(tenth) < 2 {
		return false
	}
	if tenth[0] == 10 || tenth[0]+tenth[1] == 10 {
		return len(tenth) == 3
	}
	return true
}

func (g *Game) tenthStart() int {
	i := 0
	for f := 0; f < 9; f++ {
		if g.rolls[i] == 10 {
			i++
		} else {
			i += 2
		}
	}
	return i
}

func (g *Game) Score() (total int, frames []int) {
	r := g.rolls
	i := 0
	at := func(k int) int {
		if k < len(r) {
			return r[k]
		}
		return 0
	}
	for f := 0; f < 10 && i < len(r); f++ {
		switch {
		case r[i] == 10:
			total += 10 + at(i+1) + at(i+2)
			i++
		case at(i)+at(i+1) == 10:
			total += 10 + at(i+2)
			i += 2
		default:
			total += at(i) + at(i+1)
			i += 2
		}
		frames = append(frames, total)
	}
	return
}

func play(name string, rolls ...int) {
	g := &Game{}
	var errs []string
	for _, p := range rolls {
		if err := g.Roll(p); err != nil {
			errs = append(errs, err.Error())
		}
	}
	total, frames := g.Score()
	fmt.Printf("%-9s %3d %v done=%t\n", name, total, frames, g.complete())
	if len(errs) > 0 {
		fmt.Println("          errors:", strings.Join(errs, "; "))
	}
}

func main() {
	play("gutter", make([]int, 20)...)
	play("perfect", 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10)
	play("spares", 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5)
	play("mixed", 10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1)
	play("partial", 10, 3, 4, 6)
	play("invalid", 7, 5, 11, -1, 3, 10)
	play("overplay", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4)
	play("tenth", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 10, 10)
	fmt.Println(errors.Is(fmt.Errorf("x: %w", ErrGameOver), ErrGameOver))
}
