#!/usr/bin/env bats
# goparse: the command-line contract, bad token files, and limits.

load helpers/common

# Each NAME.go must stop at the nesting limit: exit 1, no output.
assert_nesting_refused() {
    local f
    for f in "$@"; do
        "$BIN/golex" "$f.go" -o "$f.tok"
        run "$BIN/goparse" "$f.tok" -o "$f.ast"
        [ "$status" -eq 1 ] || { echo "$f: status $status"; return 1; }
        [[ "$output" == *"nesting too deep"* ]] || { echo "$f: $output"; return 1; }
        refute_output_file "$f.ast"
    done
}

setup() {
    setup_tools
    write_hello
    "$BIN/golex" hello.go -o hello.tok
}

@test "goparse --help and --version" {
    run "$BIN/goparse" --help
    [ "$status" -eq 0 ]
    [[ "$output" == *"--dot"* ]]
    run "$BIN/goparse" --version
    [ "$status" -eq 0 ]
    [[ "$output" == "goparse (gomini) "* ]]
}

@test "goparse: --json and --dot together are a usage error" {
    run "$BIN/goparse" --json --dot hello.tok
    [ "$status" -eq 64 ]
}

@test "goparse: golex | goparse works as a pipe and matches -o output" {
    "$BIN/golex" hello.go | "$BIN/goparse" >piped.ast
    "$BIN/goparse" hello.tok -o file.ast
    [ -s file.ast ]
    cmp piped.ast file.ast
}

@test "goparse --json shows the tree with positions" {
    run "$BIN/goparse" --json hello.tok
    [ "$status" -eq 0 ]
    echo "$output" | jq -e '.format == "gomini-ast" and .sources == ["hello.go"]'
    echo "$output" | jq -e '.body.kind == "File" and .body.Name.text == "main"'
    echo "$output" | jq -e '.body.Decls[0].kind == "FuncDecl" and .body.Decls[0].line == 3'
    echo "$output" | jq -e '.body.Decls[0].Body.Stmts[0].X.kind == "Call"'
    echo "$output" | jq -e '.body.Decls[0].Body.Stmts[0].X.Args[0] == {"kind": "BasicLit", "line": 4, "col": 10, "op": "string literal", "text": "\"hi\""}'
}

@test "goparse --dot draws a Graphviz digraph" {
    run "$BIN/goparse" --dot hello.tok
    [ "$status" -eq 0 ]
    [[ "${lines[0]}" == "digraph ast {" ]]
    [[ "$output" == *'label="Call'* ]]
    [[ "$output" == *'[label="Body"]'* ]]
    if command -v dot >/dev/null; then
        echo "$output" | dot -Tsvg >tree.svg
        [ -s tree.svg ]
    fi
}

@test "goparse: syntax errors name the source file, several per run" {
    printf 'package main\n\nfunc main() {\n\tx := f(1, 2\n\ty := 3 +\n}\n\nfunc g() {\n\treturn 1 2\n}\n' >bad.go
    "$BIN/golex" bad.go -o bad.tok
    run "$BIN/goparse" bad.tok -o bad.ast
    [ "$status" -eq 1 ]
    [ "${lines[0]}" = "bad.go:4:13: syntax error: unexpected newline in argument list; possibly missing comma or )" ]
    [ "${lines[1]}" = "bad.go:9:11: syntax error: unexpected literal 2 at end of statement" ]
    [ "${#lines[@]}" -eq 2 ]
    refute_output_file bad.ast
}

@test "goparse: an empty file is refused" {
    : >empty.tok
    run "$BIN/goparse" empty.tok -o out.ast
    [ "$status" -eq 1 ]
    [ "$output" = "goparse: empty.tok: empty file (expected a gomini-tokens file)" ]
    refute_output_file out.ast
}

@test "goparse: random bytes are not a stage file" {
    head -c 4096 /dev/urandom >random.tok
    run "$BIN/goparse" random.tok -o out.ast
    [ "$status" -eq 1 ]
    [[ "$output" == "goparse: random.tok: "* ]]
    refute_output_file out.ast
}

@test "goparse: Go source is not a token file" {
    run "$BIN/goparse" hello.go -o out.ast
    [ "$status" -eq 1 ]
    [ "$output" = "goparse: hello.go: not a gomini stage file (expected a gomini-tokens file)" ]
    refute_output_file out.ast
}

@test "goparse: an AST file (the wrong stage) is refused by name" {
    "$BIN/goparse" hello.tok -o hello.ast
    run "$BIN/goparse" hello.ast -o again.ast
    [ "$status" -eq 1 ]
    [ "$output" = "goparse: hello.ast: this is a gomini-ast file, expected a gomini-tokens file" ]
    refute_output_file again.ast
}

@test "goparse: every truncation of a token file is a clear error" {
    size=$(stat -c %s hello.tok)
    for n in $(seq 1 $((size - 1))); do
        head -c "$n" hello.tok >cut.tok
        run "$BIN/goparse" cut.tok -o out.ast
        [ "$status" -eq 1 ] || { echo "cut at $n: status $status: $output"; return 1; }
        [ "$output" = "goparse: cut.tok: truncated file (expected a gomini-tokens file)" ] ||
            { echo "cut at $n: $output"; return 1; }
        refute_output_file out.ast
    done
}

@test "goparse: corrupted bytes never crash it" {
    size=$(stat -c %s hello.tok)
    for n in $(seq 0 $((size - 1))); do
        for byte in '\x00' '\xff' '\x9b' '\x18'; do
            cp hello.tok bad.tok
            printf "$byte" | dd of=bad.tok bs=1 seek="$n" conv=notrunc status=none
            run "$BIN/goparse" bad.tok -o out.ast
            # Some corruptions still decode (a changed column, say); the
            # rest must be a clean error.  Never a signal (status > 128).
            [ "$status" -eq 0 ] || [ "$status" -eq 1 ] || { echo "byte $n=$byte: status $status"; return 1; }
            [ "$status" -eq 0 ] || [[ "$output" == *"goparse: bad.tok"* || "$output" == hello.go:* ]] ||
                { echo "byte $n=$byte: $output"; return 1; }
            rm -f out.ast
        done
    done
}

@test "goparse: a newer token format version is refused" {
    # The header's version byte follows the key "version" (0x67 "version").
    perl -pe 's/(\x67version)\x01/${1}\x02/' hello.tok >v2.tok
    ! cmp -s hello.tok v2.tok
    run "$BIN/goparse" v2.tok
    [ "$status" -eq 1 ]
    [ "$output" = "goparse: v2.tok: unsupported gomini-tokens version: 2 (this binary supports version 1; upgrade gomini to read newer files)" ]
}

@test "goparse: 10,000 nested parentheses hit the nesting limit, not the C stack" {
    { echo 'package main'; printf 'var x = '; repeat '(' 10000; printf 1; repeat ')' 10000; echo; } >deep.go
    "$BIN/golex" deep.go -o deep.tok
    run "$BIN/goparse" deep.tok -o deep.ast
    [ "$status" -eq 1 ]
    [[ "$output" == "deep.go:2:"*": nesting too deep: more than 1000 levels"* ]]
    [ "${#lines[@]}" -eq 1 ]
    refute_output_file deep.ast
}

@test "goparse: 10,000 nested blocks, types, literals and unary operators are limited too" {
    { echo 'package main'; printf 'func main() '; repeat '{' 10000; repeat '}' 10000; echo; } >blocks.go
    { echo 'package main'; printf 'var x '; repeat '[]' 10000; echo 'int'; } >types.go
    { echo 'package main'; printf 'var x = T'; repeat '{' 10000; repeat '}' 10000; echo; } >lits.go
    { echo 'package main'; printf 'var x = '; repeat '!' 10000; echo 'y'; } >unary.go
    { echo 'package main'; printf 'func main() { '; repeat 'if x {' 10000; repeat '}' 10000; echo '}'; } >ifs.go
    assert_nesting_refused blocks types lits unary ifs
}

@test "goparse: 1,000 levels of nesting are still fine" {
    { echo 'package main'; printf 'var x = '; repeat '(' 900; printf 1; repeat ')' 900; echo; } >ok.go
    "$BIN/golex" ok.go -o ok.tok
    run "$BIN/goparse" ok.tok -o ok.ast
    [ "$status" -eq 0 ]
}

@test "goparse: tricky forms get the tree Go gives them" {
    cat >shapes.go <<'GO'
package main

var a <-chan <-chan int
var b chan<- chan int

func f() {
	if p == (T{}) {
	}
	for range ch {
	}
	for i := range 10 {
	}
	switch x := y.(type) {
	case nil, int:
	}
	v := s[1:2:3]
	g(xs...)
	_ = a &^ b << 2 + c*d || e && f == g
}
GO
    "$BIN/golex" shapes.go -o shapes.tok
    "$BIN/goparse" --json shapes.tok -o shapes.json
    q() { jq -e "$1" shapes.json >/dev/null || { echo "failed: $1"; jq -c "${1%%|*}" shapes.json | head -c 400; return 1; }; }
    q '.body.Decls[0].Specs[0].Type | .flags == ["RECV_ONLY"] and .Value.flags == ["RECV_ONLY"]'
    q '.body.Decls[1].Specs[0].Type | .flags == ["SEND_ONLY"] and .Value.kind == "ChanType" and (.Value | has("flags") | not)'
    s='.body.Decls[2].Body.Stmts'
    q "$s[0].Cond | .op == \"==\" and .Y.kind == \"Paren\" and .Y.X.kind == \"CompositeLit\""
    q "$s[1] | .kind == \"Range\" and .Key == null and .X.text == \"ch\""
    q "$s[2] | .kind == \"Range\" and .op == \":=\" and .Key.text == \"i\" and .X.text == \"10\""
    q "$s[3] | .kind == \"TypeSwitch\" and .Assign.Rhs.Items[0].kind == \"TypeAssert\" and .Assign.Rhs.Items[0].Type == null"
    q "$s[3].Body.Stmts[0].List.Items | map(.text) == [\"nil\", \"int\"]"
    q "$s[4].Rhs.Items[0] | .kind == \"Slice\" and .flags == [\"SLICE3\"] and .Max.text == \"3\""
    q "$s[5].X | .kind == \"Call\" and .flags == [\"HAS_ELLIPSIS\"]"
    # ((a &^ b) << 2 + c*d) || (e && (f == g))
    q "$s[6].Rhs.Items[0] | .op == \"||\" and .X.op == \"+\" and .X.X.op == \"<<\" and .X.X.X.op == \"&^\" and .X.Y.op == \"*\" and .Y.op == \"&&\" and .Y.Y.op == \"==\""
}

@test "goparse: bytes after the token list are refused" {
    { cat hello.tok; printf junk; } >trailing.tok
    run "$BIN/goparse" trailing.tok -o out.ast
    [ "$status" -eq 1 ]
    [[ "$output" == "goparse: trailing.tok: corrupt gomini-tokens file: unexpected data after the body at byte "* ]]
    refute_output_file out.ast
}

@test "goparse: a truncated header is called truncated" {
    head -c 12 hello.tok >cut.tok
    run "$BIN/goparse" cut.tok
    [ "$status" -eq 1 ]
    [ "$output" = "goparse: cut.tok: truncated file (expected a gomini-tokens file)" ]
}

@test "goparse: 10,000 nested labels and case clauses hit the nesting limit" {
    { echo 'package main'; echo 'func f() {'; for i in $(seq 10000); do echo "L$i:"; done; echo '}'; } >labels.go
    { echo 'package main'; echo 'func f() {'; repeat 'switch { case true:
' 10000; repeat '}
' 10000; echo '}'; } >cases.go
    assert_nesting_refused labels cases
}

@test "goparse: inputs that once crashed a reader are clean errors" {
    for f in "$BATS_TEST_DIRNAME"/fuzz/regressions/*; do
        run "$BIN/goparse" "$f" -o out.ast
        [ "$status" -eq 1 ] || { echo "$f: status $status: $output"; return 1; }
        [[ "$output" == "goparse: $f: "* ]]
        refute_output_file out.ast
    done
}

@test "goparse: a forged format name is not echoed to the terminal" {
    perl -pe 's/gomini-tokens/gomini\x1b[2J\xff/' hello.tok >forged.tok
    run "$BIN/goparse" forged.tok
    [ "$status" -eq 1 ]
    [ "$output" = "goparse: forged.tok: not a gomini stage file (expected a gomini-tokens file)" ]
}

# chain KIND N: a program whose tree holds a chain of N links of KIND.
chain() {
    local n=$(($2 - 1))
    echo 'package main'
    case $1 in
    add) printf 'var x = 1'; repeat '+1' "$n" ;;
    selector) printf 'var x = a'; repeat '.b' "$n" ;;
    call) printf 'var x = f'; repeat '()' "$n" ;;
    index) printf 'var x = a'; repeat '[0]' "$n" ;;
    assert) printf 'var x = x'; repeat '.(T)' "$n" ;;
    elseif) printf 'func f() {\n\tif a {\n'; repeat '\t} else if a {\n' "$n" | sed 's/\\t/\t/g; s/\\n/\n/g'; printf '\t}\n}' ;;
    esac
    echo
}

@test "goparse: chains of 9,000 operators, selectors, calls, indexes, assertions and else-ifs" {
    for k in add selector call index assert elseif; do
        chain "$k" 9000 >"$k.go"
        "$BIN/golex" "$k.go" -o "$k.tok"
        run "$BIN/goparse" "$k.tok" -o "$k.ast"
        [ "$status" -eq 0 ] || { echo "$k: $output"; return 1; }
        [ -s "$k.ast" ]
        # jq's ordinary parser stops at 10,000 levels, and its streaming one
        # is quadratic in the depth: check the start and the nesting only.
        "$BIN/goparse" --json "$k.tok" -o "$k.json"
        jq -e -n --stream 'first(inputs) == [["format"], "gomini-ast"]' "$k.json" >/dev/null
        [ "$(tr -cd '{[' <"$k.json" | wc -c)" -eq "$(tr -cd '}]' <"$k.json" | wc -c)" ]
        "$BIN/goparse" --dot "$k.tok" | grep -q '^}$'
    done
}

@test "goparse: the tree may be 99,990 levels deep, in every output" {
    chain add 99990 >long.go
    "$BIN/golex" long.go -o long.tok
    run "$BIN/goparse" long.tok -o long.ast
    [ "$status" -eq 0 ]
    "$BIN/goparse" --json long.tok -o long.json
    # Indentation stops growing, so the JSON is linear in the chain's length.
    [ "$(stat -c %s long.json)" -lt 100000000 ]
    # (jq cannot check a document this deep in reasonable time: its
    # streaming parser carries the whole path with every value.)
    [ "$(tr -cd '{' <long.json | wc -c)" -eq "$(tr -cd '}' <long.json | wc -c)" ]
    [ "$(grep -c '"op": "+"' long.json)" -eq 99989 ]
    tail -c 3 long.json | grep -q '^}$'
    "$BIN/goparse" --dot long.tok -o long.dot
    # One box per node, one edge per node but the root.
    [ "$(grep -c -- '->' long.dot)" -eq "$(($(grep -c '^  n[0-9]* \[label' long.dot) - 1))" ]
}

@test "goparse: chains of 300,000 links are refused with one message, never a crash" {
    for k in add selector call index assert elseif; do
        chain "$k" 300000 >"$k.go"
        "$BIN/golex" "$k.go" -o "$k.tok"
        for flag in "" --json --dot; do
            run "$BIN/goparse" $flag "$k.tok" -o "$k.out"
            [ "$status" -eq 1 ] || { echo "$k $flag: status $status"; return 1; }
            [ "${#lines[@]}" -eq 1 ]
            [[ "$output" == "$k.go:"*": exceeded max nesting depth: the syntax tree would be more than 100000 levels deep" ]]
            refute_output_file "$k.out"
        done
    done
}

@test "goparse: golex --json piped in is named as JSON" {
    write_hello
    "$BIN/golex" --json hello.go | { run "$BIN/goparse" -o out.ast; echo "$status|$output" >result; }
    [ "$(cat result)" = "1|goparse: <stdin>: this is JSON, not a gomini-tokens file: the stages read each other's CBOR (--json output is for people and jq)" ]
    refute_output_file out.ast
}

@test "goparse: a source name with escape sequences and a newline is printed escaped" {
    name=$'evil\e[2J\nfake.go:1:1: all is well.go'
    printf 'package main\nfunc main() {\n\tx := (1\n}\n' >"$name"
    "$BIN/golex" "$name" -o evil.tok
    run "$BIN/goparse" evil.tok -o out.ast
    [ "$status" -eq 1 ]
    [ "${#lines[@]}" -eq 1 ]
    [ "$output" = 'evil\x1b[2J\x0afake.go:1:1: all is well.go:3:9: syntax error: unexpected newline, expected )' ]
    refute_output_file out.ast
}

@test "goparse: token records golex never writes are refused" {
    printf 'package main\nvar x = 1\n' >v.go
    "$BIN/golex" v.go -o v.tok
    # The name x is the text string 0x61 0x78; forge it into a space,
    # an escape character, and an empty name.
    for forged in '\x61\x20' '\x61\x1b' '\x60'; do
        perl -pe "s/\\x61\\x78/$forged/" v.tok >bad.tok
        ! cmp -s v.tok bad.tok
        run "$BIN/goparse" bad.tok -o out.ast
        [ "$status" -eq 1 ]
        [[ "$output" == "goparse: bad.tok: corrupt gomini-tokens file: invalid token at byte "* ]] ||
            { echo "$forged: $output"; return 1; }
        refute_output_file out.ast
    done
}

@test "goparse: a header that claims more or fewer entries than it holds is refused" {
    write_hello
    "$BIN/golex" hello.go -o hello.tok
    # The header map holds 4 entries; its head byte 0xa4 says so.
    for n in 9 3; do
        { printf "\\x$(printf %x $((0xa0 + n)))"; tail -c +2 hello.tok; } >claims.tok
        run "$BIN/goparse" claims.tok -o out.ast
        [ "$status" -eq 1 ]
        [ "$output" = "goparse: claims.tok: corrupt gomini-tokens file: the header claims $n entries but \"body\" is entry 4" ]
        refute_output_file out.ast
    done
}

@test "goparse: a string literal with a NUL byte is a forged token" {
    printf 'package main\nvar s = "abc"\n' >s.go
    "$BIN/golex" s.go -o s.tok
    perl -pe 's/"abc"/"a\x00c"/' s.tok >bad.tok
    run "$BIN/goparse" bad.tok -o out.ast
    [ "$status" -eq 1 ]
    [[ "$output" == "goparse: bad.tok: corrupt gomini-tokens file: invalid token at byte "* ]]
    refute_output_file out.ast
}
