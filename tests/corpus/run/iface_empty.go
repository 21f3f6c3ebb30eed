package main

import (
	"fmt"
	"sort"
	"strings"
)

type Any = interface{}

func render(v Any, indent int) string {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case map[string]Any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var sb strings.Builder
		sb.WriteString("{\n")
		for _, k := range keys {
			sb.WriteString(fmt.Sprintf("%s  %q: %s\n", pad, k, render(x[k], indent+1)))
		}
		sb.WriteString(pad + "}")
		return sb.String()
	case []Any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = render(e, indent+1)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case string:
		return fmt.Sprintf("%q", x)
	case nil:
		return "null"
	default:
		return fmt.Sprint(x)
	}
}

func count(v Any, stats map[string]int) {
	stats[fmt.Sprintf("%T", v)]++
	switch x := v.(type) {
	case map[string]Any:
		for _, e := range x {
			count(e, stats)
		}
	case []Any:
		for _, e := range x {
			count(e, stats)
		}
	}
}

func lookup(v Any, path ...string) (Any, bool) {
	for _, p := range path {
		m, ok := v.(map[string]Any)
		if !ok {
			return nil, false
		}
		if v, ok = m[p]; !ok {
			return nil, false
		}
	}
	return v, true
}

func main() {
	doc := map[string]Any{
		"name":    "gomini",
		"version": 1.5,
		"stable":  false,
		"tags":    []Any{"go", "interp", 3, nil},
		"owner": map[string]Any{
			"login": "dev",
			"id":    42,
			"langs": []Any{"en", map[string]Any{"code": "fr"}},
		},
		"license": nil,
	}
	fmt.Println(render(doc, 0))

	stats := map[string]int{}
	count(doc, stats)
	fmt.Println(stats)

	for _, path := range [][]string{{"owner", "id"}, {"owner", "login"}, {"tags"}, {"owner", "x"}, {"name", "deep"}, {"license"}} {
		v, ok := lookup(doc, path...)
		fmt.Printf("%-14s ok=%-5t %T %v\n", strings.Join(path, "."), ok, v, v)
	}

	id, _ := lookup(doc, "owner", "id")
	if n, ok := id.(int); ok {
		fmt.Println("id+1 =", n+1)
	}
	if _, ok := id.(float64); !ok {
		fmt.Println("id is not float64")
	}
	var box []Any
	box = append(box, 1, "two", 3.0, []int{4}, map[string]int{"five": 5}, struct{ Six int }{6})
	fmt.Println(box...)
	fmt.Println(box)
	fmt.Printf("%v|%d\n", box[:2], len(box))
}
