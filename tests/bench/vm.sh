#!/usr/bin/env bash
# vm.sh [BIN] [run.sh options...] - govm against Lua 5.4 on the shared
# benchmark suite (../shared/bench): each NAME.go is compiled once with
# `gomini -o`, then run.sh times `govm NAME.json` and `lua5.4 NAME.lua`
# alternately and prints its table of ratios.  A measurement, not a
# test: it asserts nothing about the times (run.sh fails only when a
# program prints the wrong output).
set -eu
bin=$(cd "${1:-bin}" && pwd)
shift || true
here=$(cd "$(dirname "$0")" && pwd)
suite=${GOMINI_BENCH:-$here/../../../shared/bench}
if [ ! -x "$suite/run.sh" ]; then
    echo "vm.sh: no benchmark suite at $suite (set GOMINI_BENCH)" >&2
    exit 1
fi
command -v lua5.4 >/dev/null || { echo "vm.sh: needs lua5.4 (apt-get install lua5.4 time)" >&2; exit 1; }
out=$here/../../build/bench
mkdir -p "$out"
for src in "$suite"/*.go; do
    "$bin/gomini" -o "$out/$(basename "$src" .go).json" "$src"
done
exec "$suite/run.sh" --vm "$bin/govm" --ext json --dir "$out" "$@"
