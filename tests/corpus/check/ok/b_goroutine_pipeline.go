// A three-stage text pipeline with goroutines and channels: a generator,
// a parallel tokenizer stage fanned in, and a counting sink with done.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Doc struct {
	ID   int
	Text string
}

type Counts struct {
	DocID int
	Words map[string]int
}

func generate(docs []string) <-chan Doc {
	out := make(chan Doc)
	go func() {
		defer close(out)
		for i, d := range docs {
			out <- Doc{i, d}
		}
	}()
	return out
}

func tokenize(in <-chan Doc, stop map[string]bool) <-chan Counts {
	out := make(chan Counts)
	go func() {
		defer close(out)
		for d := range in {
			c := Counts{DocID: d.ID, Words: map[string]int{}}
			words := strings.Fields(strings.Map(func(r rune) rune {
				if unicode.IsLetter(r) {
					return unicode.ToLower(r)
				}
				return ' '
			}, d.Text))
			for _, w := range words {
				if !stop[w] {
					c.Words[w]++
				}
			}
			out <- c
		}
	}()
	return out
}

func merge(chans ...<-chan Counts) <-chan Counts {
	out := make(chan Counts)
	done := make(chan struct{})
	for _, ch := range chans {
		go func(ch <-chan Counts) {
			for c := range ch {
				out <- c
			}
			done <- struct{}{}
		}(ch)
	}
	go func() {
		for range chans {
			<-done
		}
		close(out)
	}()
	return out
}

func main() {
	docs := []string{
		"The quick brown fox jumps over the lazy dog.",
		"A lazy afternoon: the dog sleeps, the fox waits.",
		"Quick thinking beats quick typing!",
		"Brown bread, brown sugar and a brown dog.",
	}
	stop := map[string]bool{"the": true, "a": true, "and": true, "over": true}
	src := generate(docs)
	workers := []<-chan Counts{tokenize(src, stop), tokenize(src, stop), tokenize(src, stop)}
	total := map[string]int{}
	perDoc := make([]int, len(docs))
	for c := range merge(workers...) {
		for w, n := range c.Words {
			total[w] += n
			perDoc[c.DocID] += n
		}
	}
	type kv struct {
		Word  string
		Count int
	}
	var list []kv
	for w, n := range total {
		list = append(list, kv{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	fmt.Println("words per doc:", perDoc)
	for _, e := range list[:6] {
		fmt.Printf("%-8s %d\n", e.Word, e.Count)
	}
	fmt.Printf("%d distinct; top %+v\n", len(list), list[0])
}
