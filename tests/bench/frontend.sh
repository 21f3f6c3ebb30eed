#!/usr/bin/env bash
# frontend.sh [BIN] - time golex + goparse on a generated 100,000-line
# program.  A measurement, not a test: it prints figures and asserts
# nothing about them.  Uses hyperfine when installed, else `time`.
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
