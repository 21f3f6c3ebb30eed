package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

type Object map[string]Value
type Array []Value

func encode(v Value, indent int, b *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		if x {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(fmt.Sprintf("%.2f", x))
	case string:
		b.WriteString(strconv.Quote(x))
	case Array:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(pad + "  ")
			encode(e, indent+1, b)
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "]")
	case Object:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			b.WriteString(pad + "  " + strconv.Quote(k) + ": ")
			encode(x[k], indent+1, b)
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "}")
	default:
		b.WriteString(fmt.Sprintf("\"<unsupported %T>\"", x))
	}
}

func Encode(v Value) string {
	var b strings.Builder
	encode(v, 0, &b)
	return b.String()
}

func count(v Value) (leaves, containers int) {
	switch x := v.(type) {
	case Array:
		containers++
		for _, e := range x {
			l, c := count(e)
			leaves += l
			containers += c
		}
	case Object:
		containers++
		for _, e := range x {
			l, c := count(e)
			leaves += l
			containers += c
		}
	default:
		leaves++
	}
	return
}

func get(v Value, path string) (Value, bool) {
	for _, part := range strings.Split(path, ".") {
		switch x := v.(type) {
		case Object:
			next, ok := x[part]
			if !ok {
				return nil, false
			}
			v = next
		case Array:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

func main() {
	doc := Object{
		"name":    "gomini",
		"version": 1,
		"stable":  false,
		"score":   9.5,
		"tags":    Array{"go", "interp", "tiny"},
		"owner":   Object{"login": "dev", "id": 42, "email": nil},
		"deps":    Array{},
		"matrix":  Array{Array{1, 2}, Array{3, Object{"deep": true}}},
		"odd":     []int{1},
	}
	fmt.Println(Encode(doc))
	l, c := count(doc)
	fmt.Println("leaves", l, "containers", c)
	for _, p := range []string{"owner.login", "tags.1", "matrix.1.1.deep", "tags.9", "owner.missing", "name.x", "owner.email"} {
		v, ok := get(doc, p)
		fmt.Printf("%-16s %-6v %v\n", p, ok, v)
	}
	fmt.Println(Encode(Array{nil, "a\"b", -3, 0.125}))
	fmt.Println(Encode("plain"), Encode(Object{}))
}
