#!/usr/bin/env bash
# frontend.sh [BIN] - time golex + goparse on a generated 100,000-line
# program.  A measurement, not a test: it prints figures and asserts
# nothing about them.  Uses hyperfine when installed, else `time`.
# When go, hyperfine and jq are installed it also times Go's go/parser
# (goparser/main.go, built into a temporary directory) on the same file,
# with object resolution off and on, and prints golex|goparse's mean time
# over each go/parser mean (below 1 means golex|goparse is faster).
set -eu
bin=${1:-bin}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$here/gen.sh" 100000 >"$tmp/big.go"
echo "generated: $(wc -l <"$tmp/big.go") lines, $(wc -c <"$tmp/big.go") bytes"
"$bin/golex" "$tmp/big.go" -o "$tmp/big.tok"
"$bin/goparse" "$tmp/big.tok" -o "$tmp/big.ast"
echo "tokens: $(wc -c <"$tmp/big.tok") bytes; syntax tree: $(wc -c <"$tmp/big.ast") bytes"
cmd="$bin/golex $tmp/big.go | $bin/goparse -o $tmp/big.ast"
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 2 --runs 10 \
        "$bin/golex $tmp/big.go -o $tmp/big.tok" \
        "$bin/goparse $tmp/big.tok -o $tmp/big.ast" \
        "$cmd"
else
    for i in 1 2 3; do
        /usr/bin/env bash -c "time ($cmd)"
    done
fi

# golex | goparse against go/parser.
if ! command -v go >/dev/null; then
    echo "go/parser comparison: skipped, go is not installed"
    exit 0
fi
if ! command -v hyperfine >/dev/null || ! command -v jq >/dev/null; then
    echo "go/parser comparison: skipped, it needs hyperfine and jq"
    exit 0
fi
(cd "$here/goparser" && go build -o "$tmp/goparser" .)
echo "go/parser: $(go version)"
gp=$tmp/goparser
"$gp" "$tmp/big.go" || { echo "go/parser rejects the generated program" >&2; exit 1; }
hyperfine --warmup 2 --runs 10 --export-json "$tmp/cmp.json" \
    -n "golex | goparse" "$cmd" \
    -n "go/parser, resolution off" "$gp -resolve=false $tmp/big.go" \
    -n "go/parser, resolution on" "$gp -resolve=true $tmp/big.go"
jq -r '.results as $r | $r[1:][] |
    "golex|goparse / \(.command): \($r[0].mean / .mean * 100 | round / 100)" +
    "  (means \($r[0].mean * 1000 * 10 | round / 10) ms / \(.mean * 1000 * 10 | round / 10) ms)"' \
    "$tmp/cmp.json"
