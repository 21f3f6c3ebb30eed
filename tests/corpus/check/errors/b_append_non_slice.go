// append to a map and to a string. Go 1.19 said "first argument to
// append must be a slice; have ..."; current Go reports "invalid append:
// argument must be a slice; have ..." (types2 builtins.go, sliceElem).
package main

import (
	"fmt"
	"strings"
)

type Index struct {
	words map[string]int
	text  string
}

func (ix *Index) Add(word string) {
	ix.words = append(ix.words, word) // ERROR col=20 "invalid append: argument must be a slice; have ix.words (variable of type map[string]int)"
	ix.text = append(ix.text, " "+word) // ERROR col=19 "invalid append: argument must be a slice; have ix.text (variable of type string)"
}

func main() {
	ix := &Index{words: map[string]int{}}
	for _, w := range strings.Fields("to be or not") {
		ix.Add(w)
	}
	fmt.Println(len(ix.words), ix.text)
}
