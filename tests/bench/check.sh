#!/usr/bin/env bash
# check.sh [BIN] - time the type checker on a generated 100,000-line
# program (checkgen.sh).  A measurement, not a test: it prints figures and
# asserts nothing about them.  Uses hyperfine when installed, else `time`.
#
# It times gocheck on its own (reading the syntax tree from a file) and
# the whole golex | goparse | gocheck pipeline, next to Go's go/parser +
# go/types (gotypes/main.go, built into a temporary directory) on the
# same file, and prints the pipeline's mean time over go/types' (below 1
# means gomini is faster).  With GNU time (/usr/bin/time) it also prints
# each checker's peak memory (max RSS) as a multiple of the source size.
# Until bin/gocheck is built, its part is skipped and the Go program is
# still timed.  GOCHECK_FLAGS, if set, is passed to gocheck (say -I DIR).
set -eu
bin=${1:-bin}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$here/checkgen.sh" 100000 >"$tmp/big.go"
size=$(wc -c <"$tmp/big.go")
echo "generated: $(wc -l <"$tmp/big.go") lines, $size bytes"
"$bin/golex" "$tmp/big.go" -o "$tmp/big.tok"
"$bin/goparse" "$tmp/big.tok" -o "$tmp/big.ast"
echo "tokens: $(wc -c <"$tmp/big.tok") bytes; syntax tree: $(wc -c <"$tmp/big.ast") bytes"

# The commands to time, as hyperfine's -n NAME CMD pairs.
args=()
gocheck=
pipe=
if [ -x "$bin/gocheck" ]; then
    gocheck="$bin/gocheck ${GOCHECK_FLAGS:-} -o $tmp/big.tast $tmp/big.ast"
    pipe="$bin/golex $tmp/big.go | $bin/goparse | $bin/gocheck ${GOCHECK_FLAGS:-} -o $tmp/big.tast -"
    $gocheck || { echo "gocheck rejects the generated program" >&2; exit 1; }
    echo "typed syntax tree: $(wc -c <"$tmp/big.tast") bytes"
    bash -c "set -o pipefail; $pipe" ||
        { echo "golex | goparse | gocheck fails on the generated program" >&2; exit 1; }
    args+=(-n "gocheck" "$gocheck" -n "golex | goparse | gocheck" "$pipe")
else
    echo "gocheck not built: skipped"
fi
gt=
if command -v go >/dev/null; then
    (cd "$here/gotypes" && go build -o "$tmp/gotypes" .)
    echo "go/types: $(go version)"
    gt="$tmp/gotypes $tmp/big.go"
    $gt || { echo "go/types rejects the generated program" >&2; exit 1; }
    args+=(-n "go/parser + go/types" "$gt")
else
    echo "go/types: skipped, go is not installed"
fi
[ ${#args[@]} -gt 0 ] || exit 0

if command -v hyperfine >/dev/null; then
    hyperfine --warmup 2 --runs 10 --export-csv "$tmp/times.csv" "${args[@]}"
    if [ -n "$pipe" ] && [ -n "$gt" ]; then
        # The CSV has a header, then command,mean,... in the order given.
        awk -F, 'NR > 1 { mean[NR - 1] = $2 }
            END {
                printf "golex|goparse|gocheck / go/parser+go/types: %.2f", mean[2] / mean[3]
                printf "  (means %.1f ms / %.1f ms)\n", mean[2] * 1000, mean[3] * 1000
                printf "gocheck alone / go/parser+go/types: %.2f\n", mean[1] / mean[3]
            }' "$tmp/times.csv"
    fi
else
    i=1
    while [ "$i" -lt ${#args[@]} ]; do
        echo "${args[$i]}:"
        for _ in 1 2 3; do
            /usr/bin/env bash -c "time (${args[$((i + 1))]})"
        done
        i=$((i + 3))
    done
fi

# Peak memory: GNU time's %M is the maximum resident set size in KiB.
if /usr/bin/time -f %M true >/dev/null 2>&1; then
    rss() { # NAME CMD...
        local name=$1
        shift
        /usr/bin/time -f %M -o "$tmp/rss" "$@" >/dev/null
        awk -v name="$name" -v size="$size" '{
            printf "%s peak memory: %.1f MiB, %.1f× the source\n", name, $1 / 1024, $1 * 1024 / size
        }' "$tmp/rss"
    }
    if [ -n "$gocheck" ]; then
        # shellcheck disable=SC2086 # GOCHECK_FLAGS is split on purpose
        rss gocheck "$bin/gocheck" ${GOCHECK_FLAGS:-} -o "$tmp/big.tast" "$tmp/big.ast"
    else
        echo "gocheck peak memory: gocheck not built: skipped"
    fi
    [ -z "$gt" ] || rss "go/parser + go/types" "$tmp/gotypes" "$tmp/big.go"
else
    echo "peak memory: skipped, it needs GNU time (/usr/bin/time)"
fi
