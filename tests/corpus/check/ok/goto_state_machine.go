// A small tokenizer written as a goto-based state machine, with a
// second version using a switch on a state variable.
package main

import (
	"fmt"
	"unicode"
)

func tokens(s string) []string {
	var out []string
	i, start := 0, 0
skip:
	if i >= len(s) {
		goto done
	}
	if s[i] == ' ' {
		i++
		goto skip
	}
	start = i
word:
	i++
	if i < len(s) && s[i] != ' ' {
		goto word
	}
	out = append(out, s[start:i])
	goto skip
done:
	return out
}

type state int

const (
	inSpace state = iota
	inNumber
	inWord
)

func classify(s string) (words, numbers int) {
	st := inSpace
	for _, r := range s + " " {
		switch st {
		case inSpace:
			if unicode.IsDigit(r) {
				st = inNumber
			} else if !unicode.IsSpace(r) {
				st = inWord
			}
		case inNumber, inWord:
			if unicode.IsSpace(r) {
				if st == inNumber {
					numbers++
				} else {
					words++
				}
				st = inSpace
			}
		}
	}
	return
}

func main() {
	fmt.Printf("%q\n", tokens("  go to  the  store "))
	fmt.Println(classify("buy 3 apples and 12 pears"))
}
