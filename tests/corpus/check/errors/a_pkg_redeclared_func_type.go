// A helper function and a struct type pasted twice into the same package.
// Uses resolve to the first declarations, which agree with the copies.
// Go adds "\tFILE:LINE:COL: other declaration of NAME" after each message.
package main

import (
	"fmt"
	"strings"
)

type Entry struct {
	Key, Value string
}

func parseLine(line string) Entry {
	k, v, _ := strings.Cut(line, "=")
	return Entry{strings.TrimSpace(k), strings.TrimSpace(v)}
}

func parseAll(text string) []Entry {
	var out []Entry
	for _, line := range strings.Split(text, "\n") {
		if line != "" {
			out = append(out, parseLine(line))
		}
	}
	return out
}

type Entry struct { // ERROR col=6 "Entry redeclared in this block"
	Key, Value string
}

func parseLine(line string) Entry { // ERROR col=6 "parseLine redeclared in this block"
	k, v, _ := strings.Cut(line, "=")
	return Entry{k, v}
}

func main() {
	for _, e := range parseAll("a = 1\nb = 2\n") {
		fmt.Println(e.Key, e.Value)
	}
}
