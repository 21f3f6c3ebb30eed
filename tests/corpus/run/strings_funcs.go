package main

import (
	"fmt"
	"strings"
)

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
	}
	return strings.Join(words, " ")
}

func camelToSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r + ('a' - 'A'))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func parseKV(line string) (string, string, bool) {
	i := strings.Index(line, "=")
	if i < 0 {
		return "", "", false
	}
	return strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+1:]), true
}

func main() {
	s := "The Go Programming Language"
	fmt.Println(strings.Contains(s, "Go"), strings.Contains(s, "go"), strings.Contains(s, ""))
	fmt.Println(strings.HasPrefix(s, "The"), strings.HasSuffix(s, "age"), strings.HasPrefix(s, "the"))
	fmt.Println(strings.Index(s, "o"), strings.Index(s, "Lang"), strings.Index(s, "xyz"), strings.Index(s, ""))
	fmt.Println(strings.ToUpper(s))
	fmt.Println(strings.ToLower(s))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("a-b-c-d", "-", " + "))
	fmt.Println(strings.ReplaceAll("aaaa", "aa", "b"))
	fmt.Printf("[%s]\n", strings.TrimSpace("  \t padded \n "))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(titleCase("hELLO wORLD  from   gomini"))
	fmt.Println(camelToSnake("parseHTTPRequestBody"), camelToSnake("simple"))

	config := `
name = demo
 port=8080
bad line
  debug =  true
`
	settings := map[string]string{}
	for _, line := range strings.Split(config, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		k, v, ok := parseKV(line)
		if !ok {
			fmt.Printf("skipping %q\n", line)
			continue
		}
		settings[k] = v
	}
	fmt.Println(settings)

	csv := "id,name,score\n1,ann,90\n2,bob,75\n3,cy,88"
	rows := strings.Split(csv, "\n")
	header := strings.Split(rows[0], ",")
	for _, r := range rows[1:] {
		cols := strings.Split(r, ",")
		pairs := []string{}
		for i, c := range cols {
			pairs = append(pairs, header[i]+"="+c)
		}
		fmt.Println(strings.Join(pairs, " "))
	}
	path := "/usr/local/bin/gomini"
	segs := strings.Split(path, "/")
	fmt.Println(len(segs), segs[len(segs)-1], strings.Join(segs[:len(segs)-1], "/"))
}
