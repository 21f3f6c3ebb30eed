#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The driver as a user runs it: -run, -o, -bytecode, -e, a directory as
# one package, -x, --keep, errors and exit statuses, and no temporary
# files left behind.

load helpers/common

setup() {
    setup_tools
    mkdir -p tmp
    export TMPDIR=$BATS_TEST_TMPDIR/tmp
}

# Nothing the driver made may outlive it.
refute_leftovers() {
    local left
    left=$(ls -A "$TMPDIR")
    [ -z "$left" ] || { echo "left behind in TMPDIR: $left"; return 1; }
}

@test "gomini --help, --version and usage errors" {
    run "$BIN/gomini" --help
    [ "$status" -eq 0 ]
    [[ "${lines[0]}" == "usage: gomini "* ]]
    [[ "$output" == *"-bytecode FILE"* ]]
    run "$BIN/gomini" --version
    [ "$status" -eq 0 ]
    [[ "$output" == "gomini (gomini) "* ]]
    run "$BIN/gomini"
    [ "$status" -eq 64 ]
    run "$BIN/gomini" --frobnicate x.go
    [ "$status" -eq 64 ]
    [[ "${lines[0]}" == "gomini: unknown flag: --frobnicate" ]]
    run "$BIN/gomini" -run
    [ "$status" -eq 64 ]
    run "$BIN/gomini" -o
    [ "$status" -eq 64 ]
    refute_leftovers
}

@test "gomini -run runs a program through all five stages" {
    run --separate-stderr "$BIN/gomini" -run "$EXAMPLES/hello.go"
    [ "$status" -eq 0 ]
    [ "$output" = "hello from gomini 12" ]
    [ "$stderr" = "" ]
    # A file alone is -run.
    run "$BIN/gomini" "$EXAMPLES/hello.go"
    [ "$status" -eq 0 ]
    [ "$output" = "hello from gomini 12" ]
    refute_leftovers
}

@test "gomini -o writes bytecode that -bytecode runs, and the same bytes each time" {
    run "$BIN/gomini" -o h.json "$EXAMPLES/hello.go"
    [ "$status" -eq 0 ]
    [ "$output" = "" ]
    run jq -r .format h.json
    [ "$output" = "go-mini-bytecode" ]
    "$BIN/gomini" -o h2.json "$EXAMPLES/hello.go"
    cmp h.json h2.json
    run "$BIN/gomini" -bytecode h.json
    [ "$status" -eq 0 ]
    [ "$output" = "hello from gomini 12" ]
    run "$BIN/gomini" -o h.json "$EXAMPLES/hello.go" extra
    [ "$status" -eq 64 ]
    refute_leftovers
}

@test "gomini -e runs statements, importing fmt only when they use it" {
    run "$BIN/gomini" -e 'x := 6 * 7; fmt.Println("answer", x)'
    [ "$status" -eq 0 ]
    [ "$output" = "answer 42" ]
    run --separate-stderr "$BIN/gomini" -e 'println(1 << 10)'
    [ "$status" -eq 0 ]
    [ "$stderr" = "1024" ]
    run "$BIN/gomini" -e 'x := 1'
    [ "$status" -eq 1 ]
    [ "$output" = "snippet.go:2:1: declared and not used: x" ]
    refute_leftovers
}

@test "gomini: a directory, or several files, is one package" {
    mkdir app
    printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(greet("dir"), answer)\n}\n' >app/main.go
    printf 'package main\n\nvar answer = 6 * 7\n\nfunc greet(s string) string {\n\treturn "hello, " + s\n}\n' >app/greet.go
    printf 'package main\n\nfunc broken( {\n' >app/greet_test.go
    run "$BIN/gomini" -run app
    [ "$status" -eq 0 ]
    [ "$output" = "hello, dir 42" ]
    run "$BIN/gomini" -run app/main.go app/greet.go
    [ "$status" -eq 0 ]
    [ "$output" = "hello, dir 42" ]
    run "$BIN/gomini" -run app/main.go
    [ "$status" -eq 1 ]
    [[ "$output" == *"app/main.go:6:14: undefined: greet"* ]]
    mkdir empty
    run "$BIN/gomini" -run empty
    [ "$status" -eq 1 ]
    [ "$output" = "gomini: no Go files in empty" ]
    refute_leftovers
}

@test "gomini: compile errors exit 1 with the stages' messages; govm's status passes through" {
    printf 'package main\n\nfunc main() {\n\tx := "a" + 1\n}\n' >bad.go
    run "$BIN/gomini" -run bad.go
    [ "$status" -eq 1 ]
    [[ "$output" == "bad.go:4:"* ]]
    printf 'package main\n\nfunc main() {\n\tx := \n' >syntax.go
    run "$BIN/gomini" -run syntax.go
    [ "$status" -eq 1 ]
    [[ "$output" == "syntax.go:"* ]]
    printf 'package main\n\nfunc div(a, b int) int {\n\treturn a / b\n}\n\nfunc main() {\n\tprintln(div(1, 0))\n}\n' >panic.go
    run --separate-stderr "$BIN/gomini" -run panic.go
    [ "$status" -eq 2 ]
    [ "${stderr_lines[0]}" = "panic: runtime error: integer divide by zero" ]
    [[ "$stderr" == *"panic.go:4"* ]]
    run "$BIN/gomini" -run missing.go
    [ "$status" -eq 1 ]
    refute_leftovers
}

@test "gomini -run of one file: the stages' pipeline keeps the program's stdin, args and status, and a failure shows only the failing stage's message" {
    printf 'package main\n\nimport (\n\t"bufio"\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\ts := bufio.NewScanner(os.Stdin)\n\tfor s.Scan() {\n\t\tfmt.Println("got", s.Text())\n\t}\n\tfmt.Println(os.Args[1:])\n\tos.Exit(3)\n}\n' >echo.go
    run sh -c "printf 'one\ntwo\n' | '$BIN/gomini' -run echo.go a 'b c'"
    [ "$status" -eq 3 ]
    [ "$output" = "$(printf 'got one\ngot two\n[a b c]')" ]
    printf 'package main\n\nfunc main() {\n\tvar s string = 1\n\t_ = s\n}\n' >typeerr.go
    run "$BIN/gomini" -run typeerr.go
    [ "$status" -eq 1 ]
    [ "${#lines[@]}" -eq 1 ]
    [[ "${lines[0]}" == "typeerr.go:4:17: cannot use 1 (untyped int constant) as string value in variable declaration" ]]
    refute_leftovers
}

@test "gomini -x prints each stage's command; --keep keeps every intermediate file" {
    run --separate-stderr "$BIN/gomini" -x --keep kept -run "$EXAMPLES/hello.go"
    [ "$status" -eq 0 ]
    [ "$output" = "hello from gomini 12" ]
    [ "${#stderr_lines[@]}" -eq 5 ]
    [[ "${stderr_lines[0]}" == */golex\ */hello.go\ -o\ */kept/0.tok ]]
    [[ "${stderr_lines[1]}" == */goparse\ * ]]
    [[ "${stderr_lines[2]}" == */gocheck\ * ]]
    [[ "${stderr_lines[3]}" == */gocodegen\ * ]]
    # The program's bytecode is where its local packages' would be: a
    # few directories down, so that a package's "../x" stays inside.
    [[ "${stderr_lines[4]}" == */govm\ */kept/.g/.g/.g/.g/.g/.g/.g/.g/.main.json ]]
    for f in 0.tok 0.ast main.tast .g/.g/.g/.g/.g/.g/.g/.g/.main.json; do
        [ -s "kept/$f" ] || { echo "missing kept/$f"; return 1; }
    done
    # The commands -x prints run as printed.
    run bash -c "${stderr_lines[4]}"
    [ "$output" = "hello from gomini 12" ]
    refute_leftovers
}

@test "gomini: file names with spaces and quotes" {
    mkdir "it's here"
    cp "$EXAMPLES/hello.go" "it's here/my prog.go"
    run "$BIN/gomini" -run "it's here/my prog.go"
    [ "$status" -eq 0 ]
    [ "$output" = "hello from gomini 12" ]
    run "$BIN/gomini" -x -run "it's here"
    [ "$status" -eq 0 ]
    refute_leftovers
}

@test "gomini: a local package imported as ./dir is compiled on its own and linked" {
    mkdir -p prog/geom prog/geom/util
    printf 'package util\n\nfunc Twice(n int) int { return 2 * n }\n' >prog/geom/util/util.go
    printf 'package geom\n\nimport "./util"\n\nvar Made int\n\ntype P struct{ X, Y int }\n\nfunc New(x, y int) *P { Made++; return &P{util.Twice(x), y} }\n\nfunc (p P) String() string { return "P" }\n\nfunc (p *P) Sum() int { return p.X + p.Y }\n' >prog/geom/geom.go
    printf 'package main\n\nimport (\n\t"fmt"\n\n\t"./geom"\n)\n\nfunc main() {\n\tp := geom.New(3, 4)\n\tvar s fmt.Stringer = p\n\tfmt.Println(p.Sum(), s, *p, geom.Made)\n\tgeom.Made = 7\n\tfmt.Println(geom.Made)\n}\n' >prog/main.go
    run "$BIN/gomini" -run prog/main.go
    [ "$status" -eq 0 ]
    [ "${lines[0]}" = "10 P P 1" ]
    [ "${lines[1]}" = "7" ]
    # -o puts the packages' bytecode where govm looks: each at its
    # directory's path from the program's (geom's ./util is geom/util).
    run "$BIN/gomini" -o out/app.json prog/main.go
    [ "$status" -eq 1 ]   # no out/ directory
    mkdir out
    "$BIN/gomini" -o out/app.json prog/main.go
    [ -s out/geom.json ] && [ -s out/geom/util.json ]
    run "$BIN/govm" out/app.json
    [ "${lines[0]}" = "10 P P 1" ]
    # A package's bytecode alone is not a program; a missing one is named.
    run "$BIN/govm" out/geom.json
    [ "$status" -eq 1 ]
    [[ "$output" == *"a package without func main"* ]]
    rm out/geom/util.json
    run "$BIN/govm" out/app.json
    [ "$status" -eq 1 ]
    [[ "$output" == *"imports ./geom/util, but there is no out/geom/util.json"* ]]
    # A missing package directory.
    printf 'package main\n\nimport "./nope"\n\nfunc main() { nope.F() }\n' >bad.go
    run "$BIN/gomini" -run bad.go
    [ "$status" -eq 1 ]
    [[ "$output" == *"cannot find package ./nope"* ]]
    refute_leftovers
}

@test "gomini: fmt.Scan leaves standard input where Go does, from a file and from a pipe" {
    # Go reads os.Stdin a byte at a time and drops the rune a scan read
    # ahead, so the next reader (here cat) starts right after it.
    printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar a, b int\n\tn, err := fmt.Scan(&a, &b)\n\tfmt.Println(n, err, a+b)\n\tvar s string\n\tn, err = fmt.Scanln(&s)\n\tfmt.Println(n, err, s)\n}\n' >scan.go
    "$BIN/gomini" -o scan.json scan.go
    printf '12 30 first line\nsecond line\n' >in.txt
    want=$'2 <nil> 42\n1 expected newline first\nine\nsecond line'
    run bash -c '{ "$0" scan.json && cat; } <in.txt' "$BIN/govm"
    [ "$status" -eq 0 ]
    [ "$output" = "$want" ]
    run bash -c 'cat in.txt | { "$0" scan.json && cat; }' "$BIN/govm"
    [ "$status" -eq 0 ]
    [ "$output" = "$want" ]
    # The whole stdin program of the corpus through a pipe.
    run bash -c 'cat "$1.stdin" | "$0" -run "$1.go"' "$BIN/gomini" "$CORPUS/run/lib_fmt_scan_stdin"
    [ "$status" -eq 0 ]
    [ "$output" = "$(cat "$CORPUS/run/lib_fmt_scan_stdin.stdout")" ]
    # An empty standard input: io.EOF before the first operand.
    run bash -c '"$0" scan.json </dev/null && printf "" | "$0" scan.json' "$BIN/govm"
    [ "$status" -eq 0 ]
    [ "$output" = $'0 EOF 0\n0 EOF \n0 EOF 0\n0 EOF ' ]
    refute_leftovers
}

@test "gomini: local packages are known by their directories: a diamond through ../, a sub-package's own sub-package, and ../lib from the program" {
    mkdir -p app lib/a lib/b lib/strs/inner other
    printf 'package inner\n\nfunc Up(s string) string { return "<" + s + ">" }\n' >lib/strs/inner/inner.go
    printf 'package strs\n\nimport "./inner"\n\nfunc Wrap(s string) string { return inner.Up(s) }\n' >lib/strs/strs.go
    printf 'package b\n\ntype T struct{ N int }\n\nfunc New(n int) T { return T{n} }\n\nfunc (t T) Twice() T { return T{2 * t.N} }\n' >lib/b/b.go
    printf 'package a\n\nimport "../b"\n\n// Double takes and gives b.T: main passes its own b.T.\nfunc Double(t b.T) b.T { return t.Twice() }\n' >lib/a/a.go
    printf 'package other\n\nfunc Name() string { return "other" }\n' >other/other.go
    # a is imported before b: b.T from a'"'"'s export data is b'"'"'s own b.T.
    printf 'package main\n\nimport (\n\t"fmt"\n\n\t"../lib/a"\n\t"../lib/b"\n\t"../lib/strs"\n\t"../other"\n)\n\nfunc main() {\n\tt := a.Double(b.New(21))\n\tfmt.Println(strs.Wrap("x"), t.N, t.Twice().N, other.Name())\n}\n' >app/main.go
    run "$BIN/gomini" app/main.go
    [ "$status" -eq 0 ]
    [ "$output" = "<x> 42 84 other" ]
    refute_leftovers
    # -o lays packages out below the output's directory, where govm
    # looks; one that climbs would land outside it, so -o refuses.
    mkdir out
    run "$BIN/gomini" -o out/app.json app/main.go
    [ "$status" -eq 1 ]
    [[ "$output" == "gomini: -o would write package ../lib/"*" outside out/ (to out/../lib/"*".json); gomini build or -c packs it instead" ]]
    [ ! -e lib/a.json ] && [ ! -e out/app.json ]
    "$BIN/gomini" -c app/main.go -o app.gmb
    run "$BIN/govm" app.gmb
    [ "$output" = "<x> 42 84 other" ]
    # Two packages imported by the same relative path from different
    # directories are two packages: one name defined twice is refused,
    # never one package silently used for the other.
    mkdir -p two/inner two/util/inner
    printf 'package inner\n\nfunc Who() string { return "top" }\n' >two/inner/inner.go
    printf 'package inner\n\nfunc Who() string { return "util" }\n' >two/util/inner/inner.go
    printf 'package util\n\nimport "./inner"\n\nfunc Who() string { return inner.Who() }\n' >two/util/util.go
    printf 'package main\n\nimport (\n\t"fmt"\n\n\t"./inner"\n\t"./util"\n)\n\nfunc main() { fmt.Println(inner.Who(), util.Who()) }\n' >two/main.go
    run "$BIN/gomini" two/main.go
    [ "$status" -eq 1 ]
    [[ "$output" == *"inner.Who is defined by two packages"* ]]
    refute_leftovers
}

@test "gomini: an import cycle between local packages is Go's error; -o onto the file a package's bytecode takes is refused" {
    mkdir -p cyc/a cyc/b
    printf 'package a\n\nimport "../b"\n\nvar X = b.Y\n' >cyc/a/a.go
    printf 'package b\n\nimport "../a"\n\nvar Y = a.X\n' >cyc/b/b.go
    printf 'package main\n\nimport (\n\t"fmt"\n\n\t"./a"\n)\n\nfunc main() { fmt.Println(a.X) }\n' >cyc/main.go
    run "$BIN/gomini" cyc/main.go
    [ "$status" -eq 1 ]
    [ "$output" = "gomini: import cycle not allowed: ./a imports ./b imports ./a" ]
    # -o onto the file a package's bytecode takes.
    mkdir -p u/util out
    printf 'package util\n\nfunc F() int { return 1 }\n' >u/util/u.go
    printf 'package main\n\nimport (\n\t"fmt"\n\n\t"./util"\n)\n\nfunc main() { fmt.Println(util.F()) }\n' >u/util.go
    run "$BIN/gomini" -o out/util.json u/util.go
    [ "$status" -eq 1 ]
    [ "$output" = "gomini: the program's output out/util.json is where package ./util's bytecode goes; name it otherwise" ]
    refute_leftovers
}

@test "gomini: imports on one line are each found; a path in a comment is not an import" {
    mkdir -p a b
    printf 'package a\n\nfunc N() int { return 1 }\n' >a/a.go
    printf 'package b\n\nfunc N() int { return 2 }\n' >b/b.go
    printf 'package main\n\n// Once this imported "./old".\n/* and "./older"\n   too */\nimport ("fmt"; "./a"; "./b") // "./never"\n\nfunc main() { fmt.Println(a.N() + b.N()) }\n' >one.go
    run "$BIN/gomini" one.go
    [ "$status" -eq 0 ]
    [ "$output" = "3" ]
    refute_leftovers
}

@test "gomini: a struct embedding another package's type keeps its promoted methods in every package that uses it as an interface" {
    mkdir -p shared b
    printf 'package shared\n\nimport "fmt"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) String() string { return fmt.Sprintf("(%%d,%%d)", p.X, p.Y) }\n' >shared/s.go
    printf 'package b\n\nimport (\n\t"fmt"\n\n\t"../shared"\n)\n\ntype Box struct {\n\tshared.Point\n\tName string\n}\n\nfunc Wrap(x, y int) Box { return Box{shared.Point{x, y}, "box"} }\n\nfunc S() fmt.Stringer { return &Box{shared.Point{3, 4}, "p"} }\n' >b/b.go
    printf 'package main\n\nimport (\n\t"fmt"\n\n\t"./b"\n)\n\nfunc main() {\n\tx := b.Wrap(1, 2)\n\tvar s fmt.Stringer = x\n\tfmt.Println(s, x.Name, b.S())\n\tfmt.Println(&x)\n}\n' >main.go
    run "$BIN/gomini" main.go
    [ "$status" -eq 0 ]
    # What Go prints (GOPATH layout, go run).
    [ "$output" = "(1,2) box (3,4)
(1,2)" ]
    refute_leftovers
}
