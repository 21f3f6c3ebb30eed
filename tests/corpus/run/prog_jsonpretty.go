package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func pretty(b *strings.Builder, v interface{}, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		b.WriteString(quote(x))
	case []interface{}:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(pad + "  ")
			pretty(b, e, indent+1)
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "]")
	case map[string]interface{}:
		if len(x) == 0 {
			b.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(b, "%s  %s: ", pad, quote(k))
			pretty(b, x[k], indent+1)
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "}")
	default:
		fmt.Fprintf(b, "\"<unsupported %T>\"", x)
	}
}

func compact(v interface{}) string {
	var b strings.Builder
	pretty(&b, v, 0)
	fields := strings.Fields(b.String())
	return strings.Join(fields, " ")
}

func countNodes(v interface{}) (n int) {
	n = 1
	switch x := v.(type) {
	case []interface{}:
		for _, e := range x {
			n += countNodes(e)
		}
	case map[string]interface{}:
		for _, e := range x {
			n += countNodes(e)
		}
	}
	return
}

func main() {
	doc := map[string]interface{}{
		"name":    "gomini",
		"version": 1.5,
		"stable":  false,
		"tags":    []interface{}{"go", "interp", 3, nil},
		"owner": map[string]interface{}{
			"login": "dev",
			"id":    42,
			"quote": "say \"hi\"\n\tbye\x01",
		},
		"empty":  map[string]interface{}{},
		"none":   []interface{}{},
		"matrix": []interface{}{[]interface{}{1, 2}, []interface{}{3, 4.25}},
		"weird":  struct{}{},
		"big":    1e21,
		"small":  0.000001,
	}
	var b strings.Builder
	pretty(&b, doc, 0)
	fmt.Println(b.String())
	fmt.Println(compact(doc["matrix"]))
	fmt.Println("nodes:", countNodes(doc))
}
