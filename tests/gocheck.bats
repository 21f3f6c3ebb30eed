#!/usr/bin/env bats
# gocheck: the command-line contract, type errors and their report, the
# files of one package, bad AST files, export data and imports, the
# standard library, deep trees, and gomini's spawn and await.

load helpers/common

bats_require_minimum_version 1.5.0

setup() { setup_tools; }

# ast SRC.go [OUT.ast]: SRC.go through golex and goparse, into OUT.ast
# (by default the source's base name with .ast, in the current directory).
ast() {
    local src=$1 out=${2:-$(basename -- "${1%.go}").ast}
    "$BIN/golex" "$src" -o "$out.tok" && "$BIN/goparse" "$out.tok" -o "$out"
}

# The hello world program, as hello.go and its AST h.ast.
hello_ast() {
    write_hello
    ast hello.go h.ast
}

# The package geom, as geom/geom.go, and its export data as $1/geom.gox
# (built from geom.ast with --path geom).
write_geom() {
    mkdir -p geom "$1"
    cat >geom/geom.go <<'GO'
package geom

// Point is a point in the plane.
type Point struct {
	X, Y int
}

const Origin = 0

var Count int

func (p Point) Add(q Point) Point {
	return Point{p.X + q.X, p.Y + q.Y}
}

func (p *Point) Scale(k int) {
	p.X = unexported(p.X, k)
	p.Y = unexported(p.Y, k)
}

func New(x, y int) Point {
	Count++
	return Point{x, y}
}

func unexported(a, b int) int {
	return a * b
}
GO
    ast geom/geom.go geom.ast
    "$BIN/gocheck" --path geom --export "$1/geom.gox" geom.ast
}

# A main.go that uses every exported name of geom, importing it as $1.
write_geom_user() {
    cat >main.go <<GO
package main

import "$1"

func main() {
	p := geom.New(1, 2)
	q := p.Add(geom.Point{X: geom.Origin, Y: 3})
	q.Scale(2)
	geom.Count = 5
	println(q.X, q.Y, geom.Count)
}
GO
}

# ---- the command line ------------------------------------------------------

@test "gocheck --help and --version" {
    run "$BIN/gocheck" --help
    [ "$status" -eq 0 ]
    [[ "${lines[0]}" == "usage: gocheck "* ]]
    for flag in -I -o --export --json -e --path --native --help --version; do
        [[ "$output" == *"  $flag "* ]] || { echo "--help does not describe $flag"; return 1; }
    done
    [[ "$output" == *"Exit status: 0 success, 1 error in the input, 64 usage error."* ]]
    run "$BIN/gocheck" --version
    [ "$status" -eq 0 ]
    [[ "$output" == "gocheck (gomini) "* ]]
    [ "${#lines[@]}" -eq 1 ]
}

@test "gocheck: the usage line names every option" {
    run "$BIN/gocheck" --help
    [ "$status" -eq 0 ]
    [ "${lines[0]}" = "usage: gocheck [-I DIR]... [-o FILE] [--export FILE] [--json] [-e] [--path PATH] [--native] FILE.ast... | -" ]
}

@test "gocheck: an unknown flag is a usage error, with the usage on stderr" {
    hello_ast
    run --separate-stderr "$BIN/gocheck" --bogus h.ast -o out.tast
    [ "$status" -eq 64 ]
    [ -z "$output" ]
    [ "${stderr_lines[0]}" = "gocheck: unknown flag: --bogus" ]
    [[ "${stderr_lines[1]}" == "usage: gocheck "* ]]
    refute_output_file out.tast
}

@test "gocheck: -o, --export, -I and --path without their argument are usage errors" {
    for flag in -o --export -I --path; do
        run --separate-stderr "$BIN/gocheck" "$flag"
        [ "$status" -eq 64 ] || { echo "$flag: status $status"; return 1; }
        [ "${stderr_lines[0]}" = "gocheck: flag needs an argument: $flag" ] || { echo "$flag: $stderr"; return 1; }
        [[ "${stderr_lines[1]}" == "usage: gocheck "* ]]
    done
    refute_output_file
}

# ---- a program that is fine ------------------------------------------------

@test "gocheck: hello world type-checks" {
    hello_ast
    run "$BIN/gocheck" h.ast -o h.tast
    [ "$status" -eq 0 ]
    [ -z "$output" ]
    [ -s h.tast ]
    # CBOR, with the typed AST's format name in its header.
    head -c 40 h.tast | grep -aq 'gomini-typed-ast'
    refute_output_file
}

@test "gocheck --json writes the typed AST as JSON" {
    hello_ast
    run "$BIN/gocheck" --json h.ast -o h.json
    [ "$status" -eq 0 ]
    jq -e '.format == "gomini-typed-ast" and .sources == ["hello.go"]' h.json
    jq -e '.body.package == "main" and .body.imports == []' h.json
    jq -e '.body.files[0].Decls[0].kind == "FuncDecl" and .body.files[0].Decls[0].Name.text == "main"' h.json
    # Without -o, to standard output.
    "$BIN/gocheck" --json h.ast >stdout.json
    cmp h.json stdout.json
}

@test "gocheck: golex | goparse | gocheck works as a pipe and matches -o output" {
    hello_ast
    "$BIN/golex" hello.go | "$BIN/goparse" | "$BIN/gocheck" -o out.tast -
    "$BIN/gocheck" h.ast -o file.tast
    [ -s out.tast ]
    cmp out.tast file.tast
    # And a pipe out: standard output is the same bytes as -o.
    "$BIN/gocheck" h.ast | cmp - file.tast
}

# ---- reproducible output ---------------------------------------------------

@test "gocheck: the same input gives the same bytes, in CBOR and in JSON" {
    cp "$BATS_TEST_DIRNAME/gocheck/rich.go" rich.go
    ast rich.go
    "$BIN/gocheck" rich.ast -o one.tast
    "$BIN/gocheck" rich.ast -o two.tast
    [ -s one.tast ]
    cmp one.tast two.tast
    for i in 1 2 3 4 5; do
        "$BIN/gocheck" rich.ast | cmp - one.tast
    done
    "$BIN/gocheck" --json rich.ast -o one.json
    "$BIN/gocheck" --json rich.ast -o two.json
    cmp one.json two.json
    jq -e '.format == "gomini-typed-ast"' one.json
    jq -e '.body.imports == ["fmt", "sort", "strings"]' one.json
    # A second checker's run from a copy elsewhere changes nothing either.
    mkdir elsewhere
    cp rich.ast elsewhere/
    (cd elsewhere && "$BIN/gocheck" rich.ast -o three.tast)
    cmp one.tast elsewhere/three.tast
}

# ---- type errors -----------------------------------------------------------

@test "gocheck: type errors are reported with the source position, and nothing is written" {
    cat >hello.go <<'GO'
package main

func main() {
	x := 1
	var z int
	z = "s"
	_ = y
	_ = z
}
GO
    ast hello.go h.ast
    run --separate-stderr "$BIN/gocheck" h.ast -o h.tast
    [ "$status" -eq 1 ]
    [ -z "$output" ]
    [ "${stderr_lines[0]}" = "hello.go:4:2: declared and not used: x" ]
    [ "${stderr_lines[1]}" = 'hello.go:6:6: cannot use "s" (untyped string constant) as int value in assignment' ]
    [ "${stderr_lines[2]}" = "hello.go:7:6: undefined: y" ]
    [ "${#stderr_lines[@]}" -eq 3 ]
    refute_output_file h.tast
    # Nor with --export, alone or with -o.
    run "$BIN/gocheck" --export h.gox h.ast
    [ "$status" -eq 1 ]
    [ "${#lines[@]}" -eq 3 ]
    refute_output_file h.gox
    run "$BIN/gocheck" --export h.gox -o h.tast h.ast
    [ "$status" -eq 1 ]
    refute_output_file h.gox h.tast
    # Nor to standard output.
    "$BIN/gocheck" h.ast >stdout.tast 2>/dev/null || true
    [ ! -s stdout.tast ]
}

@test "gocheck: errors are sorted by position, not by the order of checking" {
    # Package-level declarations are checked before function bodies, and
    # "declared and not used" is found at the end of a body.
    cat >order.go <<'GO'
package main

func main() {
	var a int = "a"
	_ = a
	unused := 1
}

var late int = "late"

type T struct{ X int }

func (T) M() { var m string = 1; _ = m }
GO
    ast order.go
    run "$BIN/gocheck" order.ast -o order.tast
    [ "$status" -eq 1 ]
    [ "${lines[0]}" = 'order.go:4:14: cannot use "a" (untyped string constant) as int value in variable declaration' ]
    [ "${lines[1]}" = "order.go:6:2: declared and not used: unused" ]
    [ "${lines[2]}" = 'order.go:9:16: cannot use "late" (untyped string constant) as int value in variable declaration' ]
    [ "${lines[3]}" = "order.go:13:31: cannot use 1 (untyped int constant) as string value in variable declaration" ]
    [ "${#lines[@]}" -eq 4 ]
    refute_output_file order.tast
}

@test "gocheck: after 10 errors it stops with \"too many errors\"; -e reports them all" {
    { echo 'package main'; echo 'func main() {'; for i in $(seq 15); do echo '	var _ int = "x"'; done; echo '}'; } >many.go
    ast many.go
    run --separate-stderr "$BIN/gocheck" many.ast -o many.tast
    [ "$status" -eq 1 ]
    [ "${#stderr_lines[@]}" -eq 11 ]
    for i in $(seq 0 9); do
        [ "${stderr_lines[$i]}" = "many.go:$((i + 3)):14: cannot use \"x\" (untyped string constant) as int value in variable declaration" ] ||
            { echo "line $i: ${stderr_lines[$i]}"; return 1; }
    done
    [[ "${stderr_lines[10]}" == many.go:*": too many errors" ]]
    refute_output_file many.tast

    run --separate-stderr "$BIN/gocheck" -e many.ast -o many.tast
    [ "$status" -eq 1 ]
    [ "${#stderr_lines[@]}" -eq 15 ]
    for i in $(seq 0 14); do
        [ "${stderr_lines[$i]}" = "many.go:$((i + 3)):14: cannot use \"x\" (untyped string constant) as int value in variable declaration" ] ||
            { echo "line $i: ${stderr_lines[$i]}"; return 1; }
    done
    [[ "$stderr" != *"too many errors"* ]]
    refute_output_file many.tast
}

@test "gocheck: the 10 errors shown are in order of position, and -e sorts all of them" {
    # 8 errors in a function body, then 8 at package level (checked first).
    { echo 'package main'; echo 'func main() {'; for i in $(seq 8); do echo '	var _ int = "x"'; done; echo '}'
      for i in $(seq 8); do echo 'var _ int = "y"'; done; } >mix.go
    ast mix.go
    run --separate-stderr "$BIN/gocheck" mix.ast -o mix.tast
    [ "$status" -eq 1 ]
    [ "${#stderr_lines[@]}" -eq 11 ]
    [[ "${stderr_lines[10]}" == mix.go:*": too many errors" ]]
    printf '%s\n' "${stderr_lines[@]:0:10}" | cut -d: -f2 >shown
    sort -n -c shown
    refute_output_file mix.tast

    run --separate-stderr "$BIN/gocheck" -e mix.ast -o mix.tast
    [ "$status" -eq 1 ]
    [ "${#stderr_lines[@]}" -eq 16 ]
    [ "$(printf '%s\n' "${stderr_lines[@]}" | cut -d: -f2 | tr '\n' ' ')" = "3 4 5 6 7 8 9 10 12 13 14 15 16 17 18 19 " ]
}

# ---- the files of one package ----------------------------------------------

@test "gocheck: the files of one package are checked together" {
    printf 'package main\n\nfunc main() {\n\tprintln(helper(2))\n}\n' >a.go
    printf 'package main\n\nfunc helper(n int) int {\n\treturn n * 2\n}\n' >b.go
    ast a.go
    ast b.go
    run "$BIN/gocheck" a.ast b.ast -o ab.tast
    [ "$status" -eq 0 ]
    [ -s ab.tast ]
    "$BIN/gocheck" --json a.ast b.ast | jq -e '.sources == ["a.go", "b.go"] and (.body.files | length) == 2'
    # Alone, a.go does not know helper.
    run "$BIN/gocheck" a.ast -o a.tast
    [ "$status" -eq 1 ]
    [ "$output" = "a.go:4:10: undefined: helper" ]
    refute_output_file a.tast
}

@test "gocheck: errors in a package of several files name the right file" {
    printf 'package main\n\nfunc main() {\n\tprintln(helper(2))\n\tvar a int = "a"\n\t_ = a\n}\n' >a.go
    printf 'package main\n\nvar bad string = 1\n\nfunc helper(n int) int {\n\tvar s string = n\n\treturn n * 2\n}\n' >b.go
    ast a.go
    ast b.go
    run "$BIN/gocheck" a.ast b.ast -o ab.tast
    [ "$status" -eq 1 ]
    [ "${lines[0]}" = 'a.go:5:14: cannot use "a" (untyped string constant) as int value in variable declaration' ]
    [ "${lines[1]}" = "b.go:3:18: cannot use 1 (untyped int constant) as string value in variable declaration" ]
    [ "${lines[2]}" = "b.go:6:6: declared and not used: s" ]
    [ "${lines[3]}" = "b.go:6:17: cannot use n (variable of type int) as string value in variable declaration" ]
    [ "${#lines[@]}" -eq 4 ]
    refute_output_file ab.tast
}

@test "gocheck: files of two packages are refused at the second package clause" {
    printf 'package main\n\nfunc main() {\n}\n' >a.go
    printf 'package other\n\nfunc helper(n int) int {\n\treturn n * 2\n}\n' >o.go
    ast a.go
    ast o.go
    run "$BIN/gocheck" a.ast o.ast -o ao.tast
    [ "$status" -eq 1 ]
    [ "$output" = "o.go:1:9: package other; expected package main" ]
    refute_output_file ao.tast
    run "$BIN/gocheck" o.ast a.ast -o oa.tast
    [ "$status" -eq 1 ]
    [ "$output" = "a.go:1:9: package main; expected package other" ]
    refute_output_file oa.tast
}

@test "gocheck: the same AST given twice is refused" {
    hello_ast
    for second in h.ast ./h.ast "$PWD/h.ast"; do
        run "$BIN/gocheck" h.ast "$second" -o out.tast
        [ "$status" -eq 1 ] || { echo "$second: status $status: $output"; return 1; }
        [[ "$output" == *"given twice"* ]] || { echo "$second: $output"; return 1; }
        refute_output_file out.tast
    done
}

# ---- inputs that are not an AST --------------------------------------------

@test "gocheck: a token file (the wrong stage) is refused by name" {
    write_hello
    "$BIN/golex" hello.go -o hello.tok
    run "$BIN/gocheck" hello.tok -o out.tast
    [ "$status" -eq 1 ]
    [ "$output" = "gocheck: hello.tok: this is a gomini-tokens file, expected a gomini-ast file" ]
    refute_output_file out.tast
}

@test "gocheck: its own output, or export data, is not an input" {
    hello_ast
    "$BIN/gocheck" h.ast -o h.tast
    run "$BIN/gocheck" h.tast -o out.tast
    [ "$status" -eq 1 ]
    [ "$output" = "gocheck: h.tast: this is a gomini-typed-ast file, expected a gomini-ast file" ]
    refute_output_file out.tast
    "$BIN/gocheck" --export h.gox h.ast
    run "$BIN/gocheck" h.gox -o out.tast
    [ "$status" -eq 1 ]
    [ "$output" = "gocheck: h.gox: this is a gomini-export file, expected a gomini-ast file" ]
    refute_output_file out.tast
}

@test "gocheck: random bytes, Go source and an empty file are refused" {
    head -c 4096 /dev/urandom >random.ast
    run "$BIN/gocheck" random.ast -o out.tast
    [ "$status" -eq 1 ]
    [[ "$output" == "gocheck: random.ast: "* ]]
    [ "${#lines[@]}" -eq 1 ]
    refute_output_file out.tast
    write_hello
    run "$BIN/gocheck" hello.go -o out.tast
    [ "$status" -eq 1 ]
    [ "$output" = "gocheck: hello.go: not a gomini stage file (expected a gomini-ast file)" ]
    refute_output_file out.tast
    : >empty.ast
    run "$BIN/gocheck" empty.ast -o out.tast
    [ "$status" -eq 1 ]
    [ "$output" = "gocheck: empty.ast: empty file (expected a gomini-ast file)" ]
    refute_output_file out.tast
}

@test "gocheck: goparse --json output is named as JSON, from a file or a pipe" {
    write_hello
    "$BIN/golex" hello.go -o hello.tok
    "$BIN/goparse" --json hello.tok -o hello.json
    run "$BIN/gocheck" hello.json -o out.tast
    [ "$status" -eq 1 ]
    [ "$output" = "gocheck: hello.json: this is JSON, not a gomini-ast file: the stages read each other's CBOR (--json output is for people and jq)" ]
    refute_output_file out.tast
    "$BIN/goparse" --json hello.tok | { run "$BIN/gocheck" -o out.tast -; echo "$status|$output" >result; }
    [ "$(cat result)" = "1|gocheck: <stdin>: this is JSON, not a gomini-ast file: the stages read each other's CBOR (--json output is for people and jq)" ]
    refute_output_file out.tast
}

@test "gocheck: every truncation of an AST file is a clear error" {
    cat >small.go <<'GO'
package main

import "strings"

type T struct{ s []string }

func (t *T) Join() string { return strings.Join(t.s, ",") }

func main() {
	m := map[string]int{"a": 1}
	for k, v := range m {
		println(k, v, (&T{}).Join())
	}
}
GO
    ast small.go
    "$BIN/gocheck" small.ast -o whole.tast
    size=$(stat -c %s small.ast)
    [ "$size" -gt 100 ]
    for n in $(seq 1 $((size - 1))); do
        head -c "$n" small.ast >cut.ast
        run "$BIN/gocheck" cut.ast -o out.tast
        [ "$status" -eq 1 ] || { echo "cut at $n: status $status: $output"; return 1; }
        [ "$output" = "gocheck: cut.ast: truncated file (expected a gomini-ast file)" ] ||
            { echo "cut at $n: $output"; return 1; }
        refute_output_file out.tast
    done
}

@test "gocheck: corrupted bytes never crash it" {
    hello_ast
    size=$(stat -c %s h.ast)
    for n in $(seq 0 $((size - 1))); do
        for byte in '\x00' '\xff' '\x9b' '\x18' '\xf6'; do
            cp h.ast bad.ast
            printf "$byte" | dd of=bad.ast bs=1 seek="$n" conv=notrunc status=none
            run "$BIN/gocheck" bad.ast -o out.tast
            # Some corruptions still decode (a changed column, or a name
            # that is now undefined); the rest must be a clean error.
            # Never a signal (status > 128).
            [ "$status" -eq 0 ] || [ "$status" -eq 1 ] || { echo "byte $n=$byte: status $status: $output"; return 1; }
            if [ "$status" -eq 0 ]; then
                [ -s out.tast ] || { echo "byte $n=$byte: exit 0 without output"; return 1; }
            else
                [[ "$output" == "gocheck: bad.ast: "* || "$output" == hello.go:* ]] ||
                    { echo "byte $n=$byte: $output"; return 1; }
                refute_output_file out.tast || { echo "byte $n=$byte"; return 1; }
            fi
            rm -f out.tast
        done
    done
}

@test "gocheck: a newer AST format version is refused" {
    hello_ast
    # The header's version follows the key "version" (0x67 "version"):
    # make it 99 (0x18 0x63).
    perl -pe 's/(\x67version)[\x00-\x17]/${1}\x18\x63/' h.ast >new.ast
    ! cmp -s h.ast new.ast
    run "$BIN/gocheck" new.ast -o out.tast
    [ "$status" -eq 1 ]
    [[ "$output" == "gocheck: new.ast: unsupported gomini-ast version: 99 (this binary supports "*"; upgrade gomini to read newer files)" ]]
    [ "${#lines[@]}" -eq 1 ]
    refute_output_file out.tast
}

# ---- the output is the input -----------------------------------------------

@test "gocheck: an output that is the input is refused, the input untouched" {
    hello_ast
    cp h.ast before.ast
    run "$BIN/gocheck" h.ast -o h.ast
    [ "$status" -eq 64 ]
    [ "$output" = "gocheck: h.ast: input file is the same as output file" ]
    cmp before.ast h.ast
    run "$BIN/gocheck" --export h.ast h.ast
    [ "$status" -eq 64 ]
    [ "$output" = "gocheck: h.ast: input file is the same as output file" ]
    cmp before.ast h.ast
    run "$BIN/gocheck" --export h.ast -o h.tast h.ast
    [ "$status" -eq 64 ]
    [ "$output" = "gocheck: h.ast: input file is the same as output file" ]
    cmp before.ast h.ast
    refute_output_file h.tast
    # The second file of a package is an input too.
    printf 'package main\n\nfunc helper() {}\n' >b.go
    ast b.go
    cp b.ast before-b.ast
    run "$BIN/gocheck" h.ast b.ast -o b.ast
    [ "$status" -eq 64 ]
    [ "$output" = "gocheck: b.ast: input file is the same as output file" ]
    cmp before-b.ast b.ast
}

# ---- export data and imports -----------------------------------------------

@test "gocheck --export without -o writes only the export data" {
    run write_geom lib
    [ "$status" -eq 0 ]
    [ -z "$output" ]
    [ -s lib/geom.gox ]
    head -c 40 lib/geom.gox | grep -aq 'gomini-export'
    [ "$(ls lib)" = "geom.gox" ]
    refute_output_file lib/geom.tast
    # And with -o, both.
    "$BIN/gocheck" --path geom --export both.gox -o both.tast geom.ast
    cmp both.gox lib/geom.gox
    [ -s both.tast ]
    head -c 40 both.tast | grep -aq 'gomini-typed-ast'
}

@test "gocheck: a package uses another through its export data (-I)" {
    write_geom lib
    write_geom_user geom
    ast main.go
    run "$BIN/gocheck" -I lib main.ast -o main.tast
    [ "$status" -eq 0 ]
    [ -z "$output" ]
    [ -s main.tast ]
    "$BIN/gocheck" -I lib --json main.ast | jq -e '.body.imports == ["geom"]'
    # Without -I the package is not found.
    run "$BIN/gocheck" main.ast -o other.tast
    [ "$status" -eq 1 ]
    [[ "$output" == "main.go:3:8: could not import geom"* ]]
    refute_output_file other.tast
    # The -I directories are searched in order.
    mkdir empty
    run "$BIN/gocheck" -I empty -I lib main.ast -o again.tast
    [ "$status" -eq 0 ]
    cmp main.tast again.tast
}

@test "gocheck: an unexported name of an imported package is refused" {
    write_geom lib
    printf 'package main\n\nimport "geom"\n\nfunc main() {\n\tprintln(geom.unexported(1, 2))\n}\n' >main.go
    ast main.go
    run "$BIN/gocheck" -I lib main.ast -o main.tast
    [ "$status" -eq 1 ]
    [ "$output" = "main.go:6:15: name unexported not exported by package geom" ]
    refute_output_file main.tast
}

@test "gocheck: an imported type is printed with its package name" {
    write_geom lib
    printf 'package main\n\nimport "geom"\n\nfunc main() {\n\tvar n int = geom.New(1, 2)\n\tvar p geom.Point = 3\n\t_ = n\n\t_ = p\n}\n' >main.go
    ast main.go
    run "$BIN/gocheck" -I lib main.ast -o main.tast
    [ "$status" -eq 1 ]
    [ "${lines[0]}" = "main.go:6:14: cannot use geom.New(1, 2) (value of struct type geom.Point) as int value in variable declaration" ]
    [ "${lines[1]}" = "main.go:7:21: cannot use 3 (untyped int constant) as geom.Point value in variable declaration" ]
    [ "${#lines[@]}" -eq 2 ]
    refute_output_file main.tast
}

@test "gocheck: a missing package cannot be imported" {
    printf 'package main\n\nimport "nosuch"\n\nfunc main() {\n\tnosuch.F()\n}\n' >main.go
    ast main.go
    mkdir lib
    run --separate-stderr "$BIN/gocheck" -I lib main.ast -o main.tast
    [ "$status" -eq 1 ]
    [[ "$stderr" == "main.go:3:8: could not import nosuch"* ]]
    refute_output_file main.tast
}

@test "gocheck: an unused import is an error" {
    write_geom lib
    printf 'package main\n\nimport "geom"\n\nfunc main() {\n}\n' >main.go
    ast main.go
    run "$BIN/gocheck" -I lib main.ast -o main.tast
    [ "$status" -eq 1 ]
    [ "$output" = 'main.go:3:8: "geom" imported and not used' ]
    refute_output_file main.tast
}

@test "gocheck: a relative import is found in the -I directories, then beside the importing .go file" {
    write_geom lib
    mkdir app
    cp lib/geom.gox app/geom.gox
    (cd app && write_geom_user ./geom)
    # The AST is here, the source and geom.gox are in app/.
    ast app/main.go main.ast
    [ ! -e geom.gox ]
    run "$BIN/gocheck" main.ast -o main.tast
    [ "$status" -eq 0 ]
    [ -z "$output" ]
    [ -s main.tast ]
    # The -I directories come before the one beside the source (a stale
    # geom.gox among the sources must not hide the driver's fresh one):
    # a geom without New in lib/ is the one checked against.
    mkdir other
    printf 'package geom\n\ntype Point struct{ X, Y int }\n' >other/geom.go
    ast other/geom.go other.ast
    "$BIN/gocheck" --path ./geom --export lib/geom.gox other.ast
    run "$BIN/gocheck" -I lib main.ast -o first.tast
    [ "$status" -eq 1 ]
    [[ "$output" == *"undefined: geom.New"* ]]
    # Beside the AST is not beside the source.
    mv app/geom.gox geom.gox
    run "$BIN/gocheck" main.ast -o other.tast
    [ "$status" -eq 1 ]
    [[ "$output" == "app/main.go:3:8: could not import ./geom"* ]]
    refute_output_file other.tast
}

@test "gocheck: an import cycle is refused" {
    mkdir lib
    printf 'package a\n\nfunc A() int {\n\treturn 1\n}\n' >a0.go
    printf 'package b\n\nimport "a"\n\nfunc B() int {\n\treturn a.A() + 1\n}\n' >b.go
    printf 'package a\n\nimport "b"\n\nfunc A() int {\n\treturn 1\n}\n\nfunc C() int {\n\treturn b.B()\n}\n' >a.go
    ast a0.go
    ast b.go
    ast a.go
    # a.gox from a version of a without the import; b.gox imports it.
    "$BIN/gocheck" --path a --export lib/a.gox a0.ast
    "$BIN/gocheck" -I lib --path b --export lib/b.gox b.ast
    run "$BIN/gocheck" -I lib --path a a.ast -o a.tast
    [ "$status" -eq 1 ]
    [[ "$output" == *"import cycle not allowed"* ]]
    [[ "$output" == "a.go:3:8: "* ]]
    refute_output_file a.tast
    run "$BIN/gocheck" -I lib --path a --export a2.gox a.ast
    [ "$status" -eq 1 ]
    [[ "$output" == *"import cycle not allowed"* ]]
    refute_output_file a2.gox
}

# ---- the standard library --------------------------------------------------

@test "gocheck: a program using the standard library type-checks" {
    cp "$BATS_TEST_DIRNAME/gocheck/std.go" std.go
    ast std.go
    run "$BIN/gocheck" std.ast -o std.tast
    [ "$status" -eq 0 ]
    [ -z "$output" ]
    [ -s std.tast ]
    "$BIN/gocheck" --json std.ast |
        jq -e '.body.imports == ["bufio", "errors", "fmt", "math", "os", "sort", "strconv", "strings", "time", "unicode", "unicode/utf8"]'
}

@test "gocheck: math's constants are constants, and overflow is reported by name" {
    cat >ov.go <<'GO'
package main

import "math"

const big = math.MaxInt64
const tau = 2 * math.Pi

var a [big >> 60]int
var u uint64 = big
var f float32 = tau

var x int8 = math.MaxInt64

func main() {
	const c int32 = math.Pi
	_ = c
}
GO
    ast ov.go
    run "$BIN/gocheck" ov.ast -o ov.tast
    [ "$status" -eq 1 ]
    [ "${lines[0]}" = "ov.go:12:14: cannot use math.MaxInt64 (untyped int constant 9223372036854775807) as int8 value in variable declaration (overflows)" ]
    [ "${lines[1]}" = "ov.go:15:18: cannot use math.Pi (untyped float constant 3.14159) as int32 value in constant declaration (truncated)" ]
    [ "${#lines[@]}" -eq 2 ]
    refute_output_file ov.tast
}

# ---- deep trees ------------------------------------------------------------

@test "gocheck: a chain of 9,000 additions type-checks" {
    { echo 'package main'; printf 'const k = 1'; repeat '+1' 9000; echo
      echo 'func main() {'; echo '	n := k'; printf '\tx := n'; repeat '+n' 9000; echo
      printf '\ts := "a"'; repeat '+"b"' 9000; echo; echo '	println(x, s)'; echo '}'; } >add.go
    ast add.go
    run "$BIN/gocheck" add.ast -o add.tast
    [ "$status" -eq 0 ]
    [ -z "$output" ]
    [ -s add.tast ]
    # The constant is folded: 9001 overflows an int8.
    { echo 'package main'; printf 'var x int8 = 1'; repeat '+1' 9000; echo; } >over.go
    ast over.go
    run "$BIN/gocheck" over.ast -o over.tast
    [ "$status" -eq 1 ]
    [[ "$output" == "over.go:2:14: cannot use "*"(untyped int constant 9001) as int8 value in variable declaration (overflows)" ]]
    refute_output_file over.tast
}

@test "gocheck: 200 nested parentheses, blocks and closures type-check" {
    { echo 'package main'; printf 'var x = '; repeat '(' 200; printf 1; repeat ')' 200; echo
      printf 'var f = '; repeat 'func() int { return ' 200; printf 'x'; repeat ' }()' 200; echo
      printf 'func main() '; repeat '{' 200; printf 'println(x, f)'; repeat '}' 200; echo; } >nest.go
    ast nest.go
    run "$BIN/gocheck" nest.ast -o nest.tast
    [ "$status" -eq 0 ]
    [ -z "$output" ]
    [ -s nest.tast ]
}

# ---- gomini's builtins -----------------------------------------------------

@test "gocheck: spawn and await" {
    cat >sp.go <<'GO'
package main

func f(n int) int {
	return n + 1
}

func main() {
	t := spawn(f, 1)
	r := await(t)
	println(r.(int))
}
GO
    ast sp.go
    run "$BIN/gocheck" sp.ast -o sp.tast
    [ "$status" -eq 0 ]
    [ -z "$output" ]
    [ -s sp.tast ]
    cat >bad.go <<'GO'
package main

func f(n int) int {
	return n + 1
}

func main() {
	t := spawn(f, "x")
	_ = t
}
GO
    ast bad.go
    run "$BIN/gocheck" bad.ast -o bad.tast
    [ "$status" -eq 1 ]
    [ "$output" = 'bad.go:8:16: cannot use "x" (untyped string constant) as int value in argument to f' ]
    refute_output_file bad.tast
}

@test "gocheck: the typed AST lists each closure's captures and the variables' facts" {
    cp "$BATS_TEST_DIRNAME/gocheck/closures.go" .
    "$BIN/golex" closures.go -o c.tok
    "$BIN/goparse" c.tok -o c.ast
    run "$BIN/gocheck" --json c.ast
    [ "$status" -eq 0 ]
    echo "$output" >c.json
    facts() { jq -r --arg n "$1" '[.body.symbols[] | select(.kind == "var" and .name == $n)][0].flags | join(",")' c.json; }
    # count is written inside the closure that captures it: shared, boxed.
    [ "$(facts count)" = "USED,CAPTURED,WRITTEN_AFTER_CAPTURE" ]
    # limit and name are only read after capture: a copy will do.
    [ "$(facts limit)" = "USED,CAPTURED" ]
    [ "$(facts name)" = "USED,CAPTURED" ]
    # &p escapes p; ptr itself is an ordinary local.
    [ "$(facts p)" = "USED,ADDRESS_TAKEN" ]
    [ "$(facts ptr)" = "USED" ]
    # Three function literals, capturing [count], [limit] and [i, name].
    [ "$(jq '.body.closures | length' c.json)" -eq 3 ]
    names=$(jq -r '.body as $b | [.body.closures[] | [.captures[] | $b.symbols[. - 1].name] | sort | join("+")] | join(" ")' c.json)
    [ "$names" = "count limit i+name" ]
}

@test "gocheck: a chain of 99,000 operators, nearly the deepest tree there is, type-checks" {
    { printf 'package main\n\nfunc main() {\n\tx := 1\n\t_ = x'; repeat ' + x' 98999; printf '\n}\n'; } >deep.go
    "$BIN/golex" deep.go -o deep.tok
    "$BIN/goparse" deep.tok -o deep.ast
    run "$BIN/gocheck" deep.ast -o deep.tast
    [ "$status" -eq 0 ]
    [ -s deep.tast ]
}
