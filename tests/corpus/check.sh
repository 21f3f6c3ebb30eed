#!/usr/bin/env bash
# check.sh - run the front-end corpora through golex and goparse.
#
#   check.sh parse DIR          every file must lex and parse cleanly, and
#                               its --json output must be valid JSON (jq)
#   check.sh errors DIR         every file must fail with exactly the
#                               diagnostics its ERROR/ERRORAT comments give
#   check.sh typecheck DIR      every file must also pass gocheck, and its
#                               typed AST --json must be valid JSON
#   check.sh run DIR            every file must go through all five stages
#                               and print exactly its NAME.stdout and
#                               NAME.stderr (missing: nothing), exiting
#                               with NAME.status (missing: 0)
#   check.sh typeerrors DIR     every file must pass golex and goparse and
#                               fail gocheck -e with exactly the diagnostics
#                               its comments give (first lines only: the
#                               tab-indented continuation lines are not
#                               compared)
#
# Tools come from $GOMINI_BIN (default: bin/ of this checkout).  Prints
# one line per failing file (and a diff), then "N passed, N failed".
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
bin=${GOMINI_BIN:-$here/bin}
mode=$1
dir=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The diagnostics a file expects, as "file:line:col: message" lines.
expected_errors() {
    awk -v file="$(basename "$1")" '
        match($0, /\/\/ ERRORAT [0-9]+:[0-9]+ "/) {
            spec = substr($0, RSTART + 11)
            split(spec, lc, " ")
            msg = substr(spec, index(spec, "\"") + 1)
            sub(/"[ \t]*$/, "", msg)
            print file ":" lc[1] ": " msg
            next
        }
        match($0, /\/\/ ERROR col=[0-9]+ "/) {
            spec = substr($0, RSTART + 13)
            col = spec + 0
            msg = substr(spec, index(spec, "\"") + 1)
            sub(/"[ \t]*$/, "", msg)
            gsub(/\\"/, "\"", msg)
            print file ":" NR ":" col ": " msg
        }' "$1"
}

# Does the output file got match the expected file want (or, when want
# does not exist, is it empty)?  Differences are added to $tmp/diff.
same_output() {
    if [ -e "$1" ]; then
        diff -u "$1" "$2" >>"$tmp/diff"
    else
        [ ! -s "$2" ] || { echo "unexpected output in $(basename "$1"):" >>"$tmp/diff"; cat "$2" >>"$tmp/diff"; false; }
    fi
}

# The front end and gocheck -e on one file; stderr to $tmp/err.
run_checker() {
    local f=$1
    rm -f "$tmp/tast"
    run_front_end "$f" || return 2
    "$bin/gocheck" -e "$tmp/ast" -o "$tmp/tast" 2>"$tmp/err"
}

# Run the front end on one file from its directory; stderr to $tmp/err.
run_front_end() {
    local f=$1
    rm -f "$tmp/tok" "$tmp/ast"
    (cd "$(dirname "$f")" && "$bin/golex" "$(basename "$f")" -o "$tmp/tok" &&
        "$bin/goparse" "$tmp/tok" -o "$tmp/ast") 2>"$tmp/err"
}

# Both tools' --json output for f parses as JSON (skipped without jq).
json_is_valid() {
    command -v jq >/dev/null || return 0
    "$bin/golex" --json "$1" | jq empty 2>>"$tmp/err" &&
        "$bin/goparse" --json "$tmp/tok" | jq empty 2>>"$tmp/err"
}

pass=0
fail=0
for f in "$dir"/*.go; do
    case $mode in
    parse)
        if run_front_end "$f" && [ -s "$tmp/ast" ] && [ ! -s "$tmp/err" ] && json_is_valid "$f"; then
            pass=$((pass + 1))
        else
            fail=$((fail + 1))
            echo "FAIL $f"
            sed 's/^/    /' "$tmp/err"
        fi
        ;;
    errors)
        expected_errors "$f" >"$tmp/want"
        if run_front_end "$f"; then
            status=0
        else
            status=$?
        fi
        if [ "$status" -eq 1 ] && [ ! -e "$tmp/ast" ] && [ -s "$tmp/want" ] &&
            diff -u "$tmp/want" "$tmp/err" >"$tmp/diff"; then
            pass=$((pass + 1))
        else
            fail=$((fail + 1))
            echo "FAIL $f (exit $status)"
            sed 's/^/    /' "$tmp/diff" 2>/dev/null
        fi
        ;;
    typecheck)
        if run_checker "$f" && [ -s "$tmp/tast" ] && [ ! -s "$tmp/err" ] &&
            { ! command -v jq >/dev/null || "$bin/gocheck" --json "$tmp/ast" | jq empty 2>>"$tmp/err"; }; then
            pass=$((pass + 1))
        else
            fail=$((fail + 1))
            echo "FAIL $f"
            sed 's/^/    /' "$tmp/err"
        fi
        ;;
    run)
        base=${f%.go}
        status=0
        if run_checker "$f" && "$bin/gocodegen" "$tmp/tast" -o "$tmp/json" 2>"$tmp/err"; then
            input=/dev/null
            [ -f "$base.stdin" ] && input=$base.stdin
            "$bin/govm" "$tmp/json" <"$input" >"$tmp/stdout" 2>"$tmp/stderr" || status=$?
            want_status=$(cat "$base.status" 2>/dev/null || echo 0)
            : >"$tmp/diff"
            if [ "$status" -eq "$want_status" ] && same_output "$base.stdout" "$tmp/stdout" &&
                same_output "$base.stderr" "$tmp/stderr"; then
                pass=$((pass + 1))
            else
                fail=$((fail + 1))
                echo "FAIL $f (exit $status)"
                sed 's/^/    /' "$tmp/diff"
            fi
        else
            fail=$((fail + 1))
            echo "FAIL $f (did not compile)"
            sed 's/^/    /' "$tmp/err"
        fi
        ;;
    typeerrors)
        expected_errors "$f" >"$tmp/want"
        if run_checker "$f"; then
            status=0
        else
            status=$?
        fi
        grep -v "^$(printf '\t')" "$tmp/err" >"$tmp/got"
        if [ "$status" -eq 1 ] && [ ! -e "$tmp/tast" ] && [ -s "$tmp/want" ] &&
            diff -u "$tmp/want" "$tmp/got" >"$tmp/diff"; then
            pass=$((pass + 1))
        else
            fail=$((fail + 1))
            echo "FAIL $f (exit $status)"
            sed 's/^/    /' "$tmp/diff" 2>/dev/null
        fi
        ;;
    *)
        echo "usage: check.sh parse|errors|typecheck|typeerrors|run DIR" >&2
        exit 64
        ;;
    esac
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
