#!/usr/bin/env bats
# The front-end corpora: valid programs that must parse, and broken
# programs whose diagnostics must match their ERROR comments exactly.

load helpers/common

setup() { setup_tools; }

@test "corpus: every program in tests/corpus/parse lexes and parses" {
    run "$CORPUS/check.sh" parse "$CORPUS/parse"
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "${lines[-1]}" == *" passed, 0 failed" ]]
}

@test "corpus: every program in tests/corpus/syntax-errors gets exactly its errors" {
    run "$CORPUS/check.sh" errors "$CORPUS/syntax-errors"
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "${lines[-1]}" == *" passed, 0 failed" ]]
}

@test "corpus: every program in tests/corpus/check/ok type-checks" {
    run "$CORPUS/check.sh" typecheck "$CORPUS/check/ok"
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "${lines[-1]}" == *" passed, 0 failed" ]]
}

@test "corpus: every program in tests/corpus/check/errors gets exactly its type errors" {
    run "$CORPUS/check.sh" typeerrors "$CORPUS/check/errors"
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "${lines[-1]}" == *" passed, 0 failed" ]]
}

@test "corpus: the type-error checker fails on a wrong expectation" {
    mkdir wrong
    printf 'package main\nfunc main() {\n\tx := 1 // ERROR col=2 "not the real message"\n}\n' >wrong/w.go
    run "$CORPUS/check.sh" typeerrors wrong
    [ "$status" -eq 1 ]
    [[ "$output" == *"declared and not used: x"* ]]
    [[ "${lines[-1]}" == "0 passed, 1 failed" ]]
}

@test "corpus: the checker itself fails on a wrong expectation" {
    mkdir wrong
    printf 'package main\nvar x = 09 // ERROR col=9 "not the real message"\n' >wrong/w.go
    run "$CORPUS/check.sh" errors wrong
    [ "$status" -eq 1 ]
    [[ "$output" == *"0 passed, 1 failed"* ]]
}

@test "corpus: the examples parse" {
    run "$CORPUS/check.sh" parse "$EXAMPLES"
    [ "$status" -eq 0 ]
}

@test "corpus: every standard-library declaration file in stdlib/ lexes and parses" {
    # check.sh takes one directory, so run it on each package directory
    # (stdlib/unicode/utf8 and the like are packages of their own).
    local dirs dir n=0
    dirs=$(find "$BATS_TEST_DIRNAME/../stdlib" -name '*.go' -exec dirname {} \; | sort -u)
    [ -n "$dirs" ]
    for dir in $dirs; do
        run "$CORPUS/check.sh" parse "$dir"
        echo "$dir: $output"
        [ "$status" -eq 0 ]
        [[ "${lines[-1]}" == *" passed, 0 failed" ]]
        n=$((n + 1))
    done
    [ "$n" -ge 14 ]
}

@test "corpus: every program in tests/corpus/run runs through all five stages and prints what Go prints" {
    run "$CORPUS/check.sh" run "$CORPUS/run"
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "${lines[-1]}" == *" passed, 0 failed" ]]
}

@test "corpus: every function, method and variable the standard library declares is used by a program in tests/corpus/run" {
    run "$CORPUS/stdlib_coverage.sh" "$BATS_TEST_DIRNAME/../stdlib" "$CORPUS/run"
    echo "$output"
    [ "$status" -eq 0 ]
    [ "${lines[-1]}" = "0 unused" ]
}

@test "corpus: the programs with tasks and channels print the same on every run" {
    local f base i
    for f in "$CORPUS"/run/chan_*.go "$CORPUS"/run/tasks_*.go "$CORPUS"/run/sync_*.go "$CORPUS"/run/time_sleep_*.go; do
        base=$(basename "$f" .go)
        "$BIN/gomini" -o "$base.json" "$f"
        "$BIN/govm" "$base.json" >"$base.first" 2>&1 || true
        for i in 1 2 3 4; do
            "$BIN/govm" "$base.json" >"$base.again" 2>&1 || true
            cmp "$base.first" "$base.again" || { echo "$base differs on run $i"; diff "$base.first" "$base.again"; false; }
        done
    done
}

@test "corpus: the coverage check names a declared function no program uses" {
    mkdir -p std/demo progs
    printf 'package demo\n\nfunc Used() int\nfunc Forgotten() int\n' >std/demo/demo.go
    printf 'package main\n\nimport "demo"\n\nfunc main() { _ = demo.Used() }\n' >progs/p.go
    run "$CORPUS/stdlib_coverage.sh" std progs
    [ "$status" -eq 1 ]
    [[ "$output" == *"not used by any program: demo Forgotten (func)"* ]]
    [[ "$output" != *"Used (func)"* ]]
}

@test "corpus: every program in tests/corpus/run gives the same output when the collector runs on every allocation" {
    GOMINI_GCSTRESS=1 run "$CORPUS/check.sh" run "$CORPUS/run"
    echo "$output"
    [ "$status" -eq 0 ]
    [[ "${lines[-1]}" == *" passed, 0 failed" ]]
}
