# common.bash - shared set-up for the bats tests: where the tools are, a
# scratch directory per test, and small generators of hostile input.

setup_tools() {
    BIN=${GOMINI_BIN:-$BATS_TEST_DIRNAME/../bin}
    CORPUS=$BATS_TEST_DIRNAME/corpus
    EXAMPLES=$BATS_TEST_DIRNAME/../examples
    cd "$BATS_TEST_TMPDIR" || return 1
}

# A minimal valid program.
write_hello() {
    printf 'package main\n\nfunc main() {\n\tprintln("hi")\n}\n' >"${1:-hello.go}"
}

# repeat STRING N: STRING N times, no newline.
repeat() {
    local s=$1 n=$2 out=
    while [ "$n" -gt 0 ]; do
        if [ $((n & 1)) -eq 1 ]; then out=$out$s; fi
        s=$s$s
        n=$((n >> 1))
    done
    printf '%s' "$out"
}

# Fail unless none of the named files exists and no temporary file of an
# atomic write (.gomini-XXXXXX, hidden; or the older NAME.tmp.XXXXXX) is
# left in the current directory or in the directory of a named file.
refute_output_file() {
    local f d left dirs=(.)
    for f in "$@"; do
        if [ -e "$f" ]; then
            echo "unexpected output file: $f" >&2
            return 1
        fi
        dirs+=("$(dirname -- "$f")")
    done
    for d in "${dirs[@]}"; do
        left=$(shopt -s nullglob dotglob; echo "$d"/.gomini-* "$d"/*.tmp.*)
        if [ -n "$left" ]; then
            echo "temporary file left behind: $left" >&2
            return 1
        fi
    done
}
