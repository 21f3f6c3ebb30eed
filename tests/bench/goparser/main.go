// Command goparser reads one Go file and parses it with go/parser, as a
// baseline for timing golex | goparse (see ../frontend.sh).  Comments are
// not kept.  -resolve=false skips object resolution
// (parser.SkipObjectResolution); -resolve=true does the default resolution.
// It exits 1 on a read or parse error and prints nothing otherwise.
package main

import (
	"flag"
	"fmt"
	"go/parser"
	"go/token"
	"os"
)

func main() {
	resolve := flag.Bool("resolve", false, "resolve identifiers to objects (go/parser's default)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: goparser [-resolve=true|false] FILE.go")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	path := flag.Arg(0)
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "goparser:", err)
		os.Exit(1)
	}
	var mode parser.Mode // no parser.ParseComments
	if !*resolve {
		mode |= parser.SkipObjectResolution
	}
	if _, err := parser.ParseFile(token.NewFileSet(), path, src, mode); err != nil {
		fmt.Fprintln(os.Stderr, "goparser:", err)
		os.Exit(1)
	}
}
