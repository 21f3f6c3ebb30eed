package main

import (
	"fmt"
	"regexp"
)

const usage = `Usage: tool [options] FILE

Options:
	-v	verbose
	-o FILE	write output to FILE
`

var re = regexp.MustCompile(`^\d+\.\d+\s*(\w+)$`)

func main() {
	empty := ``
	oneLine := `no \n escapes \t here`
	quotes := `she said "hi" and 'bye'`
	commentLike := `// not a comment /* nor this */`
	backslashEnd := `C:\path\to\dir\`
	unicode := `日本 \u00e9 stays literal`
	multi := `first line
second line
		indented third line`
	json := `{
	"name": "gomini",
	"tags": ["a", "b"]
}`
	// Raw string spanning lines inside a call argument list.
	fmt.Println(usage, empty, oneLine, quotes, commentLike, backslashEnd, unicode, multi, `inline
raw`, json, re.MatchString("1.5 x"))
}
