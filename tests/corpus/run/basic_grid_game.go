package main

import "fmt"

type Cell struct {
	Alive bool
}

type World struct {
	W, H  int
	Cells [][]Cell
}

func NewWorld(w, h int) *World {
	cells := make([][]Cell, h)
	for i := range cells {
		cells[i] = make([]Cell, w)
	}
	return &World{W: w, H: h, Cells: cells}
}

func (w *World) Set(x, y int) {
	w.Cells[y][x].Alive = true
}

func (w *World) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dx == 0 && dy == 0 {
				continue
			}
			nx, ny := x+dx, y+dy
			if nx >= 0 && nx < w.W && ny >= 0 && ny < w.H && w.Cells[ny][nx].Alive {
				n++
			}
		}
	}
	return n
}

func (w *World) Step() *World {
	next := NewWorld(w.W, w.H)
	for y := 0; y < w.H; y++ {
		for x := 0; x < w.W; x++ {
			n := w.Neighbors(x, y)
			alive := w.Cells[y][x].Alive
			if (alive && (n == 2 || n == 3)) || (!alive && n == 3) {
				next.Set(x, y)
			}
		}
	}
	return next
}

func (w *World) Show() {
	for y := 0; y < w.H; y++ {
		line := ""
		for x := 0; x < w.W; x++ {
			if w.Cells[y][x].Alive {
				line += "#"
			} else {
				line += "."
			}
		}
		fmt.Println(line)
	}
	fmt.Println("--")
}

func main() {
	w := NewWorld(6, 6)
	w.Set(1, 0)
	w.Set(2, 1)
	w.Set(0, 2)
	w.Set(1, 2)
	w.Set(2, 2)
	for gen := 0; gen < 4; gen++ {
		fmt.Println("gen", gen)
		w.Show()
		w = w.Step()
	}
}
