// Type aliases versus defined types: an alias shares the method set and
// identity of its target, a defined type does not.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Record struct {
	Key   string
	Value int
}

func (r Record) String() string { return r.Key + "=" + fmt.Sprint(r.Value) }

type Entry = Record
type Table = map[string][]Entry
type Bytes = []byte
type Score int
type Points = Score

func (s Score) Doubled() Score { return s * 2 }

type Renamed Record

func addAll(t Table, rs ...Record) {
	for _, r := range rs {
		group := strings.ToUpper(r.Key[:1])
		t[group] = append(t[group], r)
	}
}

func keys(t map[string][]Record) []string {
	out := make([]string, 0, len(t))
	for k := range t {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func main() {
	t := Table{}
	addAll(t, Entry{"apple", 3}, Record{"avocado", 5}, Entry{Key: "banana", Value: 7})
	for _, k := range keys(t) {
		fmt.Println(k, t[k])
	}

	var e Entry = Record{"cherry", 1}
	var r Record = e
	fmt.Println(e.String(), r == e)

	n := Renamed(r)
	fmt.Println(n.Key, Record(n).String())

	var b Bytes = []byte("alias")
	b = append(b, '!')
	fmt.Println(string(b), len(b))

	var p Points = 21
	fmt.Println(p.Doubled(), Score(p) == p)

	var byteAlias byte = 'A'
	var u8 uint8 = byteAlias + 1
	var runeAlias rune = 'λ'
	var i32 int32 = runeAlias
	fmt.Println(u8, string(rune(u8)), i32)

	var any1 interface{} = e
	if rec, ok := any1.(Record); ok {
		fmt.Println("alias value asserts as Record:", rec)
	}
	var any2 any = n
	_, isRecord := any2.(Record)
	fmt.Println("Renamed is Record?", isRecord)
}
