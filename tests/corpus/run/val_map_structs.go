package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Total float64
	Max   float64
}

func (s Stats) Mean() float64 {
	if s.Count == 0 {
		return 0
	}
	return s.Total / float64(s.Count)
}

func (s *Stats) Add(v float64) {
	s.Count++
	s.Total += v
	if v > s.Max {
		s.Max = v
	}
}

func keys(m map[string]Stats) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func main() {
	samples := []struct {
		key string
		val float64
	}{{"cpu", 0.5}, {"mem", 2.0}, {"cpu", 0.9}, {"disk", 10}, {"cpu", 0.1}, {"mem", 3.5}}

	// Map of struct values: must copy out, modify, and store back.
	byVal := map[string]Stats{}
	for _, s := range samples {
		st := byVal[s.key]
		st.Add(s.val)
		byVal[s.key] = st
	}
	// Map of pointers: modify in place.
	byPtr := map[string]*Stats{}
	for _, s := range samples {
		if byPtr[s.key] == nil {
			byPtr[s.key] = &Stats{}
		}
		byPtr[s.key].Add(s.val)
	}
	for _, k := range keys(byVal) {
		v, p := byVal[k], byPtr[k]
		fmt.Printf("%-4s val=%+v ptr=%+v mean=%.3f equal=%t\n", k, v, *p, v.Mean(), v == *p)
	}

	snapshot := byVal["cpu"]
	snapshot.Count = 999
	fmt.Println("snapshot does not affect map:", byVal["cpu"].Count)

	alias := byVal
	alias["net"] = Stats{Count: 1, Total: 7, Max: 7}
	fmt.Println("maps alias:", len(byVal), byVal["net"].Mean())

	missing, ok := byVal["gpu"]
	fmt.Printf("missing: %+v ok=%t mean=%v\n", missing, ok, missing.Mean())

	nested := map[string]map[string]int{}
	for _, w := range []string{"go:fast", "go:simple", "rust:fast", "go:fast", "c:old"} {
		lang, trait := w[:len(w)-len(w[indexColon(w):])], w[indexColon(w)+1:]
		if nested[lang] == nil {
			nested[lang] = map[string]int{}
		}
		nested[lang][trait]++
	}
	fmt.Println(nested)

	inner := nested["go"]
	inner["new"] = 1
	delete(nested, "c")
	fmt.Println(nested, len(nested))

	sliceMap := map[string][]int{"a": {1, 2}}
	s := sliceMap["a"]
	s[0] = 100
	s = append(s, 3)
	fmt.Println(sliceMap, s)
	sliceMap["a"] = append(sliceMap["a"], 4)
	fmt.Println(sliceMap, len(sliceMap["zzz"]))
}

func indexColon(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			return i
		}
	}
	return -1
}
