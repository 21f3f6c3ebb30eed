// A JSON-ish pretty printer over interface{} trees: a type switch on
// maps, slices and scalars, sorted keys, strconv quoting and indentation.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Printer struct {
	Indent string
	sb     strings.Builder
	depth  int
}

func (p *Printer) newline() {
	p.sb.WriteByte('\n')
	p.sb.WriteString(strings.Repeat(p.Indent, p.depth))
}

func (p *Printer) write(v interface{}) error {
	switch x := v.(type) {
	case nil:
		p.sb.WriteString("null")
	case bool:
		p.sb.WriteString(strconv.FormatBool(x))
	case int:
		p.sb.WriteString(strconv.Itoa(x))
	case float64:
		p.sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		p.sb.WriteString(strconv.Quote(x))
	case []interface{}:
		if len(x) == 0 {
			p.sb.WriteString("[]")
			return nil
		}
		p.sb.WriteByte('[')
		p.depth++
		for i, e := range x {
			if i > 0 {
				p.sb.WriteByte(',')
			}
			p.newline()
			if err := p.write(e); err != nil {
				return fmt.Errorf("[%d]: %w", i, err)
			}
		}
		p.depth--
		p.newline()
		p.sb.WriteByte(']')
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		p.sb.WriteByte('{')
		p.depth++
		for i, k := range keys {
			if i > 0 {
				p.sb.WriteByte(',')
			}
			p.newline()
			fmt.Fprintf(&p.sb, "%q: ", k)
			if err := p.write(x[k]); err != nil {
				return fmt.Errorf(".%s: %w", k, err)
			}
		}
		p.depth--
		p.newline()
		p.sb.WriteByte('}')
	case fmt.Stringer:
		p.sb.WriteString(strconv.Quote(x.String()))
	default:
		return fmt.Errorf("unsupported type %T", v)
	}
	return nil
}

func Pretty(v interface{}, indent string) (string, error) {
	p := &Printer{Indent: indent}
	if err := p.write(v); err != nil {
		return "", err
	}
	return p.sb.String(), nil
}

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

var _ fmt.Stringer = Version{}

func main() {
	doc := map[string]interface{}{
		"name":    "gomini",
		"version": Version{0, 3},
		"stable":  false,
		"ratio":   0.75,
		"tags":    []interface{}{"vm", "lexer", 3, nil},
		"owner":   map[string]interface{}{"login": "gopher", "id": 42, "quote": "say \"hi\""},
		"empty":   []interface{}{},
	}
	out, err := Pretty(doc, "  ")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(out)
	bad := map[string]interface{}{"ok": 1, "list": []interface{}{1, 2, struct{ X int }{3}}}
	if _, err := Pretty(bad, "\t"); err != nil {
		fmt.Println("error:", err)
	}
	flat, _ := Pretty([]interface{}{1, "two", 3.5}, "")
	fmt.Printf("%d bytes: %s\n", len(flat), strings.ReplaceAll(flat, "\n", ""))
}
