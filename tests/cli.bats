#!/usr/bin/env bats
# The file handling every stage tool shares (common/cli.c, common/fileio.c):
# an output that is the input, long output names, signals during an
# atomic write, and stage readers that stop at a wrong first byte.

load helpers/common

setup() { setup_tools; }

# Each way of naming the input as the output must be refused before
# anything is read or written: exit 64, the message, the file untouched.
# refuse_same TOOL FILE: FILE is a valid input for TOOL.
refuse_same() {
    local tool=$1 f=$2
    ln "$f" hard.link
    ln -s "$f" sym.link
    cp "$f" before.copy
    same_file_refused "$f" "$tool" "$f" -o "$f"
    same_file_refused "./$f" "$tool" "./$f" -o "$f"
    same_file_refused "$f" "$tool" "$f" -o "$PWD/$f"
    same_file_refused "$f" "$tool" "$f" -o hard.link
    same_file_refused "$f" "$tool" "$f" -o sym.link
    same_file_refused sym.link "$tool" sym.link -o "$f"
    same_file_refused "<stdin>" "$tool" -o "$f" <"$f"
    same_file_refused "<stdin>" "$tool" - -o "$f" <"$f"
    same_file_refused "<stdin>" "$tool" - -o sym.link <"$f"
    [ -L sym.link ]
    refute_output_file
}

# same_file_refused NAME TOOL ARGS...: the run is refused, naming NAME.
same_file_refused() {
    local name=$1 tool=$2
    shift 2
    run "$BIN/$tool" "$@"
    [ "$status" -eq 64 ] || { echo "$tool $*: status $status: $output"; return 1; }
    [ "$output" = "$tool: $name: input file is the same as output file" ] ||
        { echo "$tool $*: $output"; return 1; }
    cmp before.copy hard.link || { echo "$tool $*: the file changed"; return 1; }
}

@test "golex: an output that is the input is refused, under every name" {
    write_hello a.go
    refuse_same golex a.go
}

@test "goparse: an output that is the input is refused, under every name" {
    write_hello
    "$BIN/golex" hello.go -o a.tok
    refuse_same goparse a.tok
}

@test "an input that only looks like the output, or a device, is fine" {
    write_hello
    cp hello.go copy.go
    run "$BIN/golex" hello.go -o copy.go
    [ "$status" -eq 0 ]
    "$BIN/golex" hello.go -o hello.tok
    cmp copy.go hello.tok
    run "$BIN/golex" hello.go -o /dev/null
    [ "$status" -eq 0 ]
    run "$BIN/goparse" -o /dev/null </dev/null
    [ "$status" -eq 1 ]
    [ "$output" = "goparse: <stdin>: empty file (expected a gomini-tokens file)" ]
    mkfifo pipe
    cat pipe >received.tok &
    "$BIN/golex" hello.go -o pipe
    wait
    [ -p pipe ]
    cmp received.tok hello.tok
}

@test "a 250-character output name works, here and in another directory" {
    write_hello
    name=$(repeat x 246).tok
    [ "${#name}" -eq 250 ]
    run "$BIN/golex" hello.go -o "$name"
    [ "$status" -eq 0 ]
    "$BIN/golex" hello.go -o direct.tok
    cmp "$name" direct.tok
    mkdir sub
    ast=sub/$(repeat y 246).ast
    run "$BIN/goparse" "$name" -o "$ast"
    [ "$status" -eq 0 ]
    [ -s "$ast" ]
    refute_output_file sub/none.ast
}

# Can the kernel signal us when a file appears in a directory (Linux dnotify)?
have_dnotify() {
    perl -e 'my $d; sysopen($d, ".", 0) && fcntl($d, 1026, 4) or exit 1' 2>/dev/null
}

# signal_on SIG EVENT CMD...: run CMD in the current directory; the kernel
# sends it SIG the moment it creates (EVENT create) or writes (EVENT
# modify) a file here - the atomic write's temporary file.  So the signal
# arrives during the write every time, with no timing involved.  SIG is
# set to its default action first (bats may run us with SIGINT ignored).
signal_on() {
    local sig=$1 event=$2
    shift 2
    perl -MPOSIX -e '
        my ($sig, $event) = (shift, shift);
        my %dn = (create => 0x4, modify => 0x2);      # DN_CREATE, DN_MODIFY
        sysopen(my $dir, ".", O_RDONLY) or die "open .: $!\n";
        fcntl($dir, F_SETFD, 0) or die "F_SETFD: $!\n";   # keep it across exec
        fcntl($dir, 10, eval "POSIX::SIG$sig") or die "F_SETSIG: $!\n";
        fcntl($dir, 1026, $dn{$event}) or die "F_NOTIFY: $!\n";
        $SIG{$sig} = "DEFAULT";
        exec @ARGV or die "exec: $!\n";' "$sig" "$event" "$@"
}

# interrupted SIG STATUS EVENT TOOL INPUT OUTPUT: SIG during TOOL's write of
# OUTPUT ends it with STATUS, no temporary file, OUTPUT as it was.
interrupted() {
    local sig=$1 want=$2 event=$3 tool=$4 in=$5 out=$6
    echo old >"$out"
    run signal_on "$sig" "$event" "$BIN/$tool" "$in" -o "$out"
    [ "$status" -eq "$want" ] || { echo "$sig at $event: status $status: $output"; return 1; }
    [ "$(cat "$out")" = old ] || { echo "$sig at $event: $out was replaced"; return 1; }
    rm "$out"
    refute_output_file "$out"
}

@test "SIGTERM, SIGINT or SIGHUP during a write leaves no temporary file" {
    have_dnotify || skip "needs Linux dnotify"
    write_hello
    "$BIN/golex" hello.go -o hello.tok
    mkdir w
    cd w
    for event in create modify; do
        interrupted TERM 143 "$event" golex ../hello.go out.tok
        interrupted INT 130 "$event" golex ../hello.go out.tok
        interrupted HUP 129 "$event" golex ../hello.go out.tok
        interrupted TERM 143 "$event" goparse ../hello.tok out.ast
        interrupted INT 130 "$event" goparse ../hello.tok out.ast
    done
}

@test "an ignored SIGHUP (nohup) stays ignored during a write" {
    have_dnotify || skip "needs Linux dnotify"
    write_hello
    mkdir w
    cd w
    "$BIN/golex" ../hello.go >../want.tok
    run signal_on HUP modify perl -e '$SIG{HUP} = "IGNORE"; exec @ARGV' "$BIN/golex" ../hello.go -o out.tok
    [ "$status" -eq 0 ]
    cmp out.tok ../want.tok
    refute_output_file
}

@test "goparse refuses /dev/zero at once instead of reading up to the limit" {
    run timeout 10 "$BIN/goparse" /dev/zero -o out.ast
    [ "$status" -eq 1 ]
    [ "$output" = "goparse: /dev/zero: not a gomini stage file (expected a gomini-tokens file)" ]
    refute_output_file out.ast
}

@test "goparse stops reading a pipe whose first byte is not a stage file" {
    # head can only finish if goparse reads all 100 MB; it stops after the
    # first chunk, so head fails writing to the closed pipe.
    run bash -c 'head -c 100000000 /dev/zero 2>/dev/null | timeout 10 "$1" -o out.ast
                 echo "${PIPESTATUS[*]}"' _ "$BIN/goparse"
    [ "${lines[0]}" = "goparse: <stdin>: not a gomini stage file (expected a gomini-tokens file)" ]
    read -r head_status parse_status <<<"${lines[1]}"
    [ "$parse_status" -eq 1 ]
    [ "$head_status" -ne 0 ]
    refute_output_file out.ast
}

@test "golex reads all of a source from a pipe, whatever its first byte" {
    # 200 kB, more than one read; the error on the last line must be found.
    { echo; echo 'package main'; yes '// filler' | head -n 20000; echo '#'; } >big.go
    run bash -c 'cat big.go | "$1" - -o big.tok' _ "$BIN/golex"
    [ "$status" -eq 1 ]
    [ "$output" = "<stdin>:20003:1: invalid character U+0023 '#'" ]
    refute_output_file big.tok
}

@test "-o through a symlink writes the file it names and keeps the link" {
    write_hello
    echo old >real.tok
    ln -s real.tok link.tok
    run "$BIN/golex" hello.go -o link.tok
    [ "$status" -eq 0 ]
    [ -L link.tok ]
    [ "$(readlink link.tok)" = real.tok ]
    "$BIN/goparse" real.tok -o hello.ast
    # A link to standard output writes there.
    ln -s /proc/self/fd/1 so
    "$BIN/goparse" --json real.tok -o so >out.json
    [ -L so ]
    grep -q '"format": "gomini-ast"' out.json
    refute_output_file
}
