// Short variable declarations whose sides do not match: two names for a
// single slice element (the second element was forgotten), and one name
// for a call that returns two values.
package main

import (
	"fmt"
	"strings"
)

type Setting struct {
	Key   string
	Value string
}

func splitPair(s string) (string, string) {
	before, after, _ := strings.Cut(s, "=")
	return strings.TrimSpace(before), strings.TrimSpace(after)
}

func parseFields(lines []string) []Setting {
	var out []Setting
	for _, ln := range lines {
		parts := strings.Fields(ln)
		if len(parts) < 2 {
			continue
		}
		key, value := parts[1] // ERROR col=17 "assignment mismatch: 2 variables but 1 value"
		out = append(out, Setting{key, value})
	}
	return out
}

func main() {
	pair := splitPair("name = gomini") // ERROR col=10 "assignment mismatch: 1 variable but splitPair returns 2 values"
	fmt.Println(pair)
	for _, s := range parseFields([]string{"set a 1", "set b 2"}) {
		fmt.Printf("%s=%s\n", s.Key, s.Value)
	}
}
