// Conway's Game of Life on a fixed-size torus: arrays as values copied per
// generation, a pattern loader with errors, and cycle detection via a map.
package main

import (
	"errors"
	"fmt"
	"strings"
)

const W, H = 12, 8

type Board [H][W]bool

var ErrPatternTooBig = errors.New("pattern does not fit")

var _ fmt.Stringer = Board{}

func Load(pattern string, dx, dy int) (Board, error) {
	var b Board
	for y, line := range strings.Split(strings.TrimSpace(pattern), "\n") {
		line = strings.TrimSpace(line)
		for x, ch := range line {
			if ch != '#' && ch != '.' {
				return b, fmt.Errorf("row %d col %d: unexpected %q", y, x, ch)
			}
			if y+dy >= H || x+dx >= W {
				return b, fmt.Errorf("load at (%d,%d): %w", dx, dy, ErrPatternTooBig)
			}
			b[y+dy][x+dx] = ch == '#'
		}
	}
	return b, nil
}

func (b *Board) neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && b[(y+dy+H)%H][(x+dx+W)%W] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := b.neighbors(x, y)
			next[y][x] = n == 3 || (n == 2 && b[y][x])
		}
	}
	return next
}

func (b Board) Alive() int {
	c := 0
	for _, row := range b {
		for _, cell := range row {
			if cell {
				c++
			}
		}
	}
	return c
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, cell := range row {
			if cell {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func run(name string, b Board, maxGen int) {
	seen := map[Board]int{b: 0}
	for gen := 1; gen <= maxGen; gen++ {
		b = b.Step()
		if first, ok := seen[b]; ok {
			fmt.Printf("%-8s repeats at gen %d (first seen %d, period %d), alive=%d\n", name, gen, first, gen-first, b.Alive())
			return
		}
		seen[b] = gen
	}
	fmt.Printf("%-8s no cycle within %d gens, alive=%d\n%v", name, maxGen, b.Alive(), b)
}

func main() {
	patterns := map[string]string{
		"blinker": "###",
		"block":   "##\n##",
		"glider":  ".#.\n..#\n###",
		"toad":    ".###\n###.",
	}
	for _, name := range []string{"blinker", "block", "toad", "glider"} {
		b, err := Load(patterns[name], 2, 2)
		if err != nil {
			fmt.Println(name, "error:", err)
			continue
		}
		run(name, b, 100)
	}
	g, _ := Load(patterns["glider"], 0, 0)
	fmt.Print(g.Step().Step())
	if _, err := Load("####", 10, 0); errors.Is(err, ErrPatternTooBig) {
		fmt.Println(err)
	}
	_, err := Load("#x#", 0, 0)
	fmt.Println(err)
}
