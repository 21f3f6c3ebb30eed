#!/usr/bin/env bats
# The tools driven from make: pattern rules, make -j, failed steps, make
# run, pictures (.svg), and make install.

load helpers/common

# The .svg tests need Graphviz.
need_dot() {
    command -v dot >/dev/null ||
        skip "Graphviz's dot is not installed (tools/deps.sh installs it)"
}

setup() {
    setup_tools
    cp "$EXAMPLES/Makefile" .
    for i in 1 2 3 4 5 6; do write_hello "prog$i.go"; done
}

@test "make: one pattern rule per stage builds every program, in parallel" {
    run make -j4 BIN="$BIN"
    [ "$status" -eq 0 ]
    for i in 1 2 3 4 5 6; do
        [ -s "prog$i.ast" ]
    done
    # Nothing left to do the second time.
    run make -j4 BIN="$BIN"
    [[ "$output" == *"Nothing to be done"* ]]
}

@test "make: a failing stage stops the build and leaves no target" {
    printf 'package main\nfunc main() {\n\tx := (1\n}\n' >broken.go
    run make -j4 BIN="$BIN" broken.ast
    [ "$status" -ne 0 ]
    [[ "$output" == *"broken.go:3:9: syntax error: unexpected newline, expected )"* ]]
    refute_output_file broken.ast
    # Fixing the source is enough: make picks up from there.
    write_hello broken.go
    run make BIN="$BIN" broken.ast
    [ "$status" -eq 0 ]
    [ -s broken.ast ]
}

@test "make install puts the tools under DESTDIR/PREFIX" {
    run make -C "$BATS_TEST_DIRNAME/.." install PREFIX=/opt/gm DESTDIR="$BATS_TEST_TMPDIR/stage"
    [ "$status" -eq 0 ]
    "$BATS_TEST_TMPDIR/stage/opt/gm/bin/golex" --version
    "$BATS_TEST_TMPDIR/stage/opt/gm/bin/goparse" --version
    # The installed gocheck finds the installed standard library.
    cp "$EXAMPLES/hello.go" .
    "$BIN/golex" hello.go | "$BIN/goparse" -o hello.ast
    "$BATS_TEST_TMPDIR/stage/opt/gm/bin/gocheck" hello.ast -o hello.tast
    [ -s hello.tast ]
    [ -s "$BATS_TEST_TMPDIR/stage/opt/gm/lib/gomini/std/fmt.gox" ]
    # The installed driver runs a program from any directory.
    mkdir elsewhere
    cd elsewhere
    run "$BATS_TEST_TMPDIR/stage/opt/gm/bin/gomini" -run ../hello.go
    [ "$status" -eq 0 ]
    [ "$output" = "hello from gomini 12" ]
}

@test "make run: a second run prints the same, with no errors" {
    cp "$EXAMPLES/hello.go" .
    run make BIN="$BIN" run
    [ "$status" -eq 0 ]
    [[ "$output" == *"examples/hello.tok "*" bytes"*"examples/hello.json "*" bytes"* ]]
    [[ "$output" == *"MAKEIFACE"*"CALLNATIVE"* ]]
    [ "${lines[${#lines[@]} - 1]}" = "hello from gomini 12" ]
    # No diagnostics and no make failure (the program itself may mention
    # the type error, as in fmt.Println's results).
    [[ "$output" != *"cannot access"* && "$output" != *"rror:"* && "$output" != *"***"* ]]
    # make must not delete hello.tok, which the recipe reads.
    [ -s hello.tok ]
    run make BIN="$BIN" run
    [ "$status" -eq 0 ]
    [ "${lines[${#lines[@]} - 1]}" = "hello from gomini 12" ]
    # No diagnostics and no make failure (the program itself may mention
    # the type error, as in fmt.Println's results).
    [[ "$output" != *"cannot access"* && "$output" != *"rror:"* && "$output" != *"***"* ]]
    local second=$output
    run make BIN="$BIN" run
    [ "$output" = "$second" ]
}

@test "make: a program's picture is an SVG" {
    need_dot
    run make BIN="$BIN" prog1.svg
    [ "$status" -eq 0 ]
    grep -q '<svg' prog1.svg
    refute_output_file prog1.dot
}

@test "make: a syntax error fails the picture and leaves no .svg" {
    need_dot
    printf 'package main\nfunc main() {\n\tx := (1\n}\n' >broken.go
    run make BIN="$BIN" broken.svg
    [ "$status" -ne 0 ]
    [[ "$output" == *"broken.go:3:9: syntax error: unexpected newline, expected )"* ]]
    refute_output_file broken.svg broken.dot
}

@test "make: dot failing half-way leaves no .svg" {
    need_dot
    # dot writes the first graph, then rejects the second.
    printf 'digraph { a }\ndigraph {\n' >half.dot
    run make BIN="$BIN" half.svg
    [ "$status" -ne 0 ]
    [[ "$output" == *"syntax error"* ]]
    refute_output_file half.svg
}

@test "make: a program of two local packages builds with make -j and runs linked" {
    cp -R "$EXAMPLES/shapes" .
    run make -j4 BIN="$BIN" run-shapes
    [ "$status" -eq 0 ]
    [[ "$output" == *"largest: rect 6x8 <nil>"* ]]
    [[ "$output" == *"made 3 shapes"* ]]
    [ -s shapes/geom.gox ] && [ -s shapes/geom.json ] && [ -s shapes/main.json ]
    run make -j4 BIN="$BIN" shapes/main.json shapes/geom.json
    [[ "$output" == *"up to date"* || "$output" == *"Nothing to be done"* ]]
}

@test "make: gobundle as one more rule: shapes/ as an executable that runs alone, and a .gmb for govm" {
    cp -r "$EXAMPLES/shapes" .
    rm -f shapes/*.json shapes/*.tok shapes/*.ast shapes/*.tast shapes/*.gox shapes/geom/*.tok shapes/geom/*.ast
    run make BIN="$BIN" shapes/shapes prog1.gmb
    [ "$status" -eq 0 ]
    [[ "$output" == *"gobundle -o shapes/shapes shapes/main.json"* ]]
    mkdir alone
    cp shapes/shapes alone/
    run env -i PATH=/nonexistent alone/shapes
    [ "$status" -eq 0 ]
    [ "$output" = "$("$BIN/govm" shapes/main.json)" ]
    [ -n "$output" ]
    run "$BIN/govm" prog1.gmb
    [ "$output" = "hi" ]
    run make BIN="$BIN" shapes/shapes
    [[ "$output" == *"is up to date"* ]]
}
