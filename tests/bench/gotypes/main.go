// Command gotypes reads one Go file, parses it with go/parser and
// type-checks it with go/types, as a baseline for timing
// golex | goparse | gocheck (see ../check.sh).  It does one parse and one
// check per process, so that hyperfine measures the whole process, as it
// does for gomini's tools.  Comments are not kept and object resolution
// is skipped (go/types does its own).
//
// Imports are read by importer.Default(), the "gc" importer: it reads
// the compiled export data of the standard packages (with Debian's
// golang-go 1.19, $GOROOT/pkg/linux_amd64/fmt.a and so on), as gocheck
// reads precompiled export data of gomini's standard packages, rather
// than parsing and checking their sources as the "source" importer does.
//
// It exits 0 when the file has no type errors, 1 on a read, parse or
// type error (printing every type error), and prints nothing on success.
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: gotypes FILE.go")
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
		fmt.Fprintln(os.Stderr, "gotypes:", err)
		os.Exit(1)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gotypes:", err)
		os.Exit(1)
	}
	nerr := 0
	conf := types.Config{
		Importer: importer.Default(),
		Error: func(err error) {
			nerr++
			fmt.Fprintln(os.Stderr, err)
		},
	}
	// Types, Defs and Uses are recorded, as gocheck records an expression's
	// type and what each identifier resolved to in its typed AST.
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
	}
	conf.Check(f.Name.Name, fset, []*ast.File{f}, info)
	if nerr > 0 {
		fmt.Fprintf(os.Stderr, "gotypes: %d type errors\n", nerr)
		os.Exit(1)
	}
}
