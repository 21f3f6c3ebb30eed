#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# gocodegen: its command line, reproducible output, bytecode that govm
# verifies, and a clear refusal of what it does not translate yet.

load helpers/common

setup() { setup_tools; }

# compile NAME.go: the four stages before govm, leaving NAME.json.
compile() {
    "$BIN/golex" "$1.go" -o "$1.tok" && "$BIN/goparse" "$1.tok" -o "$1.ast" &&
        "$BIN/gocheck" "$1.ast" -o "$1.tast" && "$BIN/gocodegen" "$1.tast" -o "$1.json"
}

@test "gocodegen --help and --version" {
    run "$BIN/gocodegen" --help
    [ "$status" -eq 0 ]
    [[ "$output" == *"typed AST"* && "$output" == *"go-mini-bytecode"* ]]
    run "$BIN/gocodegen" --version
    [ "$status" -eq 0 ]
    [[ "$output" == "gocodegen (gomini) "* ]]
}

@test "gocodegen: the same typed AST gives the same bytecode, and govm runs it" {
    cp "$CORPUS/run/recursion.go" .
    compile recursion
    cp recursion.json first.json
    "$BIN/gocodegen" recursion.tast -o recursion.json
    cmp first.json recursion.json
    run jq -r '.format + " " + (.version | tostring) + " " + .opset' recursion.json
    [ "$output" = "go-mini-bytecode 1 gomini-1" ]
    run --separate-stderr "$BIN/govm" recursion.json
    [ "$status" -eq 0 ]
    [ "${stderr_lines[0]}" = "0 1 55 75025" ]
}

@test "gocodegen: what it does not translate yet is refused by name and position, with no output" {
    printf 'package main\n\nfunc f() (int, string) { return 1, "a" }\n\nfunc main() {\n\tt := spawn(f)\n\t_ = t\n}\n' >p.go
    "$BIN/golex" p.go -o p.tok
    "$BIN/goparse" p.tok -o p.ast
    "$BIN/gocheck" p.ast -o p.tast
    run "$BIN/gocodegen" p.tast -o p.json
    [ "$status" -eq 1 ]
    [[ "$output" == "p.go:6:12: not supported by gocodegen yet: "* ]]
    refute_output_file p.json
}

@test "gocodegen: a token file or an AST where a typed AST is expected is refused" {
    write_hello h.go
    "$BIN/golex" h.go -o h.tok
    "$BIN/goparse" h.tok -o h.ast
    run "$BIN/gocodegen" h.tok -o h.json
    [ "$status" -eq 1 ]
    [[ "$output" == *"gomini-typed-ast"* ]]
    run "$BIN/gocodegen" h.ast -o h.json
    [ "$status" -eq 1 ]
    refute_output_file h.json
    "$BIN/gocheck" h.ast -o h.tast
    head -c 100 h.tast >cut.tast
    run "$BIN/gocodegen" cut.tast -o h.json
    [ "$status" -eq 1 ]
    [[ "$output" == *"truncated"* ]]
    refute_output_file h.json
}

@test "gocodegen -O0 gives the plain translation, which runs the same" {
    printf 'package main\n\nfunc main() {\n\ts := 0\n\tfor i := 0; i < 10; i++ {\n\t\ts = s + i + 1\n\t}\n\tprintln(s)\n}\n' >o.go
    "$BIN/golex" o.go -o o.tok
    "$BIN/goparse" o.tok -o o.ast
    "$BIN/gocheck" o.ast -o o.tast
    "$BIN/gocodegen" o.tast -o opt.json
    "$BIN/gocodegen" -O0 o.tast -o plain.json
    grep -q '"ADDI_INT"' opt.json
    ! grep -q '"ADDI_INT"' plain.json
    [ "$(jq '[.functions[0].code[]] | length' plain.json)" -gt "$(jq '[.functions[0].code[]] | length' opt.json)" ]
    run --separate-stderr "$BIN/govm" opt.json
    [ "$stderr" = "55" ]
    run --separate-stderr "$BIN/govm" plain.json
    [ "$stderr" = "55" ]
    run "$BIN/gocodegen" --help
    [[ "$output" == *"-O0"* ]]
}
