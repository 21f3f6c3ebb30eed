// Functions without results used as values: a logging helper whose
// result is stored, and sort.Ints, which sorts in place, assigned to a
// new variable.
package main

import (
	"fmt"
	"sort"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) {
	l.lines = append(l.lines, l.prefix+msg)
}

func main() {
	log := &Logger{prefix: "[app] "}
	scores := []int{42, 7, 19, 88}
	ok := log.Log("starting") // ERROR col=8 "log.Log(\"starting\") (no value) used as value"
	sorted := sort.Ints(scores) // ERROR col=12 "sort.Ints(scores) (no value) used as value"
	fmt.Println(ok, sorted)
	for _, ln := range log.lines {
		fmt.Println(ln)
	}
}
