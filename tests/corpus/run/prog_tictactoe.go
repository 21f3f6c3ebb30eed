package main

import (
	"fmt"
	"strings"
)

type Board [9]byte

var lines = [8][3]int{
	{0, 1, 2}, {3, 4, 5}, {6, 7, 8},
	{0, 3, 6}, {1, 4, 7}, {2, 5, 8},
	{0, 4, 8}, {2, 4, 6},
}

func parse(s string) Board {
	var b Board
	s = strings.ReplaceAll(s, "/", "")
	for i := 0; i < 9; i++ {
		b[i] = s[i]
	}
	return b
}

func (b Board) Winner() byte {
	for _, l := range lines {
		if b[l[0]] != '.' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b Board) Full() bool {
	for _, c := range b {
		if c == '.' {
			return false
		}
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		sb.WriteString(" " + string(b[r*3:r*3+3]) + "\n")
	}
	return sb.String()
}

func other(p byte) byte {
	if p == 'X' {
		return 'O'
	}
	return 'X'
}

var nodes int

// minimax returns score from X's perspective: +10-depth win, depth-10 loss, 0 draw.
func minimax(b Board, turn byte, depth int) (score, move int) {
	nodes++
	if w := b.Winner(); w != 0 {
		if w == 'X' {
			return 10 - depth, -1
		}
		return depth - 10, -1
	}
	if b.Full() {
		return 0, -1
	}
	best, bestMove := -100, -1
	if turn == 'O' {
		best = 100
	}
	for i := 0; i < 9; i++ {
		if b[i] != '.' {
			continue
		}
		b[i] = turn
		s, _ := minimax(b, other(turn), depth+1)
		b[i] = '.'
		if (turn == 'X' && s > best) || (turn == 'O' && s < best) {
			best, bestMove = s, i
		}
	}
	return best, bestMove
}

func playOut(b Board, turn byte) (Board, []int) {
	var moves []int
	for b.Winner() == 0 && !b.Full() {
		_, m := minimax(b, turn, 0)
		b[m] = turn
		moves = append(moves, m)
		turn = other(turn)
	}
	return b, moves
}

func main() {
	positions := []struct {
		board string
		turn  byte
	}{
		{"XX./OO./...", 'X'},
		{"XX./OO./...", 'O'},
		{"X.O/.X./..O", 'X'},
		{"XOX/OOX/X..", 'O'},
		{".../.X./...", 'O'},
		{"XOX/XOO/OXX", 'X'},
	}
	for _, p := range positions {
		b := parse(p.board)
		nodes = 0
		score, move := minimax(b, p.turn, 0)
		outcome := "draw"
		switch {
		case score > 0:
			outcome = "X wins"
		case score < 0:
			outcome = "O wins"
		}
		fmt.Printf("%s %c to move: best=%d score=%d (%s) nodes=%d\n", p.board, p.turn, move, score, outcome, nodes)
	}
	final, moves := playOut(parse(".../.X./..."), 'O')
	fmt.Print(final)
	fmt.Printf("moves=%v winner=%q full=%t\n", moves, final.Winner(), final.Full())
	empty := parse("X../.O./...")
	nodes = 0
	s, m := minimax(empty, 'X', 0)
	fmt.Println("opening:", s, m, nodes)
}
