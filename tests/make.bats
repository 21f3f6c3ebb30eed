#!/usr/bin/env bats
# The tools driven from make: pattern rules, make -j, failed steps, and
# make install.

load helpers/common

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
}
