#!/usr/bin/env bash
# tasks.sh [BIN] - the tasks benchmark: a channel ping-pong of ten
# million messages between two tasks against the same exchange between
# Lua 5.4 coroutines, a million spawn/await pairs against a million
# coroutines created and resumed, and 100,000 tasks each blocked on a
# channel, for the memory a task takes.  A measurement, not a test: it asserts
# nothing about the times (it fails only when a program prints the
# wrong answer).
set -eu
bin=$(cd "${1:-bin}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)/tasks
out=$here/../../../build/bench
mkdir -p "$out"
command -v lua5.4 >/dev/null || { echo "tasks.sh: needs lua5.4 (apt-get install lua5.4)" >&2; exit 1; }
"$bin/gomini" -o "$out/pingpong.json" "$here/pingpong.go"
"$bin/gomini" -o "$out/many.json" "$here/many.go"
"$bin/gomini" -o "$out/spawn.json" "$here/spawn.go"
want=50000005000000
for cmd in "$bin/govm $out/pingpong.json" "lua5.4 $here/pingpong.lua"; do
    got=$($cmd)
    [ "$got" = "$want" ] || { echo "tasks.sh: $cmd printed $got, not $want" >&2; exit 1; }
done
# The best of three runs of each, alternating.
best() {
    local b=
    for _ in 1 2 3; do
        local s e
        s=$(date +%s%N)
        $1 >/dev/null
        e=$(date +%s%N)
        local t=$(((e - s) / 1000000))
        if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
    done
    echo "$b"
}
vm=$(best "$bin/govm $out/pingpong.json")
lua=$(best "lua5.4 $here/pingpong.lua")
awk -v v="$vm" -v l="$lua" 'BEGIN { printf "ping-pong, 10,000,000 messages: govm %d ms, lua5.4 coroutines %d ms, ratio %.2f\n", v, l, v / l }'
for cmd in "$bin/govm $out/spawn.json" "lua5.4 $here/spawn.lua"; do
    got=$($cmd)
    [ "$got" = 999999000000 ] || { echo "tasks.sh: $cmd printed $got" >&2; exit 1; }
done
vm=$(best "$bin/govm $out/spawn.json")
lua=$(best "lua5.4 $here/spawn.lua")
awk -v v="$vm" -v l="$lua" 'BEGIN { printf "spawn/await, 1,000,000 pairs: govm %d ms, lua5.4 coroutines %d ms, ratio %.2f\n", v, l, v / l }'
base=$( { /usr/bin/env time -f %M "$bin/govm" "$out/pingpong.json" >/dev/null; } 2>&1 | tail -1)
many=$( { /usr/bin/env time -f %M "$bin/govm" "$out/many.json" >/dev/null; } 2>&1 | tail -1)
awk -v b="$base" -v m="$many" 'BEGIN { printf "100,000 tasks blocked on a channel: %d KiB peak, %.0f bytes a task\n", m, (m - b) * 1024 / 100000 }'
