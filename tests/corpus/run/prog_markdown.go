package main

import (
	"bufio"
	"fmt"
	"strings"
)

func inline(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "**"):
			i++
		case s[i] == '*' || s[i] == '_' || s[i] == '`':
		case s[i] == '[':
			close := strings.Index(s[i:], "](")
			end := strings.IndexByte(s[i:], ')')
			if close > 0 && end > close {
				text := s[i+1 : i+close]
				url := s[i+close+2 : i+end]
				b.WriteString(text + " <" + url + ">")
				i += end
			} else {
				b.WriteByte('[')
			}
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func convert(md string) string {
	var out strings.Builder
	sc := bufio.NewScanner(strings.NewReader(md))
	listN := 0
	inCode := false
	for sc.Scan() {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "```") {
			inCode = !inCode
			continue
		}
		if inCode {
			out.WriteString("    " + line + "\n")
			continue
		}
		if !strings.HasPrefix(trimmed, "1.") && !strings.HasPrefix(trimmed, "- ") {
			listN = 0
		}
		switch {
		case trimmed == "":
			out.WriteString("\n")
		case strings.HasPrefix(trimmed, "#"):
			level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			title := inline(strings.TrimSpace(trimmed[level:]))
			if level == 1 {
				title = strings.ToUpper(title)
			}
			out.WriteString(title + "\n")
			ch := "="
			if level > 1 {
				ch = "-"
			}
			out.WriteString(strings.Repeat(ch, len(title)) + "\n")
		case strings.HasPrefix(trimmed, "- "):
			out.WriteString("  * " + inline(trimmed[2:]) + "\n")
		case strings.HasPrefix(trimmed, "1."):
			listN++
			fmt.Fprintf(&out, "  %d) %s\n", listN, inline(strings.TrimSpace(trimmed[2:])))
		case strings.HasPrefix(trimmed, ">"):
			out.WriteString("  | " + inline(strings.TrimSpace(trimmed[1:])) + "\n")
		case trimmed == "---":
			out.WriteString(strings.Repeat("~", 20) + "\n")
		default:
			out.WriteString(inline(trimmed) + "\n")
		}
	}
	return out.String()
}

func main() {
	doc := `# Gomini *notes*
Some **bold** text and _emphasis_ with ` + "`code`" + `.

## Install steps
1. Download from [the site](https://example.com/dl)
1. Unpack it
1. Run **make**

- apple
- [broken link
- banana

> Quoted _wisdom_ here
---
` + "```" + `
func main() {
	*not* formatted
}
` + "```" + `
### Done`
	res := convert(doc)
	fmt.Print(res)
	fmt.Println("lines:", strings.Count(res, "\n"))
}
