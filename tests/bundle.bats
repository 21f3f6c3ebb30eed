#!/usr/bin/env bats
# govm's side of bundles (SPEC.md §5, docs/formats.md): a bundle
# appended to a copy of govm runs before any argument is read, a bundle
# file runs as `govm app.gmb`, and every malformed one is refused with
# SPEC's message.  Most bundles here are made byte by byte, so that each
# message comes from a file crafted to provoke it; gobundle's own tests
# are at the end, and tests/build.bats drives the whole toolchain.

load helpers/common

setup() { setup_tools; }

# le64 N: N as 8 bytes, little-endian.
le64() {
    local n=$1 i
    for i in 0 1 2 3 4 5 6 7; do
        printf "\\$(printf '%03o' $(((n >> (8 * i)) & 255)))"
    done
}

# exe OUT DATAFILE: a copy of govm with DATAFILE appended as its bundle.
exe() {
    local size
    size=$(wc -c <"$2")
    { cat "$BIN/govm"; cat "$2"; le64 "$size"; printf 'FXYS'; } >"$1"
    chmod +x "$1"
}

args_program() {
    printf 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println(len(os.Args), os.Args[1:])\n}\n' >args.go
    "$BIN/gomini" -o args.json args.go
}

@test "bundle: a copy of govm with a version 2 bundle runs its main program; os.Args is argv0 and the arguments" {
    args_program
    { printf 'FXYB\002{"main": '; cat args.json; printf '}'; } >data
    exe app data
    run ./app one --flag two
    [ "$status" -eq 0 ]
    [ "$output" = "4 [one --flag two]" ]
}

@test "bundle: version 1 (one bytecode document) still loads" {
    args_program
    { printf 'FXYB\001'; cat args.json; } >data
    exe app data
    run ./app x
    [ "$status" -eq 0 ]
    [ "$output" = "2 [x]" ]
}

@test "bundle: the executable runs alone in an empty directory with no PATH, and ldd shows only the C library" {
    args_program
    { printf 'FXYB\002{"main": '; cat args.json; printf '}'; } >data
    mkdir alone
    exe alone/app data
    cd alone
    run env -i PATH=/nonexistent ./app a
    [ "$status" -eq 0 ]
    [ "$output" = "2 [a]" ]
    run ldd ./app
    [[ "$output" != *cbor* && "$output" != *jansson* ]]
    [[ "$output" == *libc.so* ]]
}

@test "bundle: a bundle file runs as govm app.gmb" {
    args_program
    { printf 'FXYB\002{"main": '; cat args.json; printf '}'; } >app.gmb
    run "$BIN/govm" app.gmb z
    [ "$status" -eq 0 ]
    [ "$output" = "2 [z]" ]
}

@test "bundle: a bad size, magic, version or manifest is refused with SPEC's message, exit 1" {
    args_program
    # A size past the file's start.
    { cat "$BIN/govm"; le64 999999999999; printf 'FXYS'; } >badsize
    chmod +x badsize
    run ./badsize
    [ "$status" -eq 1 ]
    [ "$output" = "badsize: invalid embedded bundle size: 999999999999" ]
    printf 'NOPE\002{}' >data && exe badmagic data
    run ./badmagic
    [ "$status" -eq 1 ]
    [[ "$output" == *": invalid magic number, expected FXYB" ]]
    printf 'FXYB\003{}' >data && exe newer data
    run ./newer
    [ "$status" -eq 1 ]
    [[ "$output" == *": unsupported bytecode version: 3 (this binary supports versions 1–2; upgrade gomini to run newer bytecode)" ]]
    printf 'FXYB\002{"resources": []}' >data && exe nilmain data
    run ./nilmain
    [ "$status" -eq 1 ]
    [[ "$output" == *": single-command bundle has nil MainChunk" ]]
    printf 'FXYB\002{"main": {}}' >data && exe emptymain data
    run ./emptymain
    [ "$status" -eq 1 ]
    [[ "$output" == *": single-command bundle has empty bytecode" ]]
    printf 'FXYB' >short.gmb
    run "$BIN/govm" short.gmb
    [ "$status" -eq 1 ]
    [[ "$output" == *": bytecode data too short" ]]
}

@test "bundle: plain govm (no footer) still reads its arguments" {
    args_program
    run "$BIN/govm" args.json q
    [ "$status" -eq 0 ]
    [ "$output" = "2 [q]" ]
}

@test "gobundle: writes an executable that runs; packing it again (the bundle as host) gives the same bytes" {
    args_program
    run "$BIN/gobundle" args.json
    [ "$status" -eq 0 ]
    run ./args k
    [ "$status" -eq 0 ]
    [ "$output" = "2 [k]" ]
    "$BIN/gobundle" --host ./args -o again args.json
    cmp args again
    run ./again k
    [ "$output" = "2 [k]" ]
}

@test "gobundle -c writes bundle data alone, which govm runs" {
    args_program
    "$BIN/gobundle" -c args.json
    [ -f args.gmb ]
    [ "$(head -c 4 args.gmb)" = "FXYB" ]
    run "$BIN/govm" args.gmb m
    [ "$status" -eq 0 ]
    [ "$output" = "2 [m]" ]
}

@test "gobundle: a file that is not bytecode, a missing host and usage errors leave no output" {
    printf 'not json' >bad.json
    run "$BIN/gobundle" -o out bad.json
    [ "$status" -eq 1 ]
    [[ "$output" == "gobundle: bad.json:1:3: not a go-mini-bytecode file: "* ]]
    [ ! -e out ]
    args_program
    cp args.json keep.json
    run "$BIN/gobundle" -o args.json args.json
    [ "$status" -eq 64 ]
    [[ "$output" == *"the output would overwrite an input"* ]]
    cmp args.json keep.json
    args_program
    run "$BIN/gobundle" --host ./nohost -o out args.json
    [ "$status" -eq 1 ]
    [ ! -e out ]
    run "$BIN/gobundle"
    [ "$status" -eq 64 ]
    run "$BIN/gobundle" --bogus args.json
    [ "$status" -eq 64 ]
    run "$BIN/gobundle" --version
    [ "$status" -eq 0 ]
    [[ "$output" == "gobundle (gomini) "* ]]
}

@test "bundle: a multi-command bundle's commands are validated with SPEC's messages, each from a crafted file" {
    args_program
    printf 'FXYB\002{"commands": {"api": null, "web": {"main": {}}}}' >data && exe nilcmd data
    run ./nilcmd api
    [ "$status" -eq 1 ]
    [ "$output" = 'nilcmd: command "api" has nil MainChunk' ]
    printf 'FXYB\002{"commands": {"api": {"packages": {}}}}' >data && exe nilcmd2 data
    run ./nilcmd2
    [ "$status" -eq 1 ]
    [ "$output" = 'nilcmd2: command "api" has nil MainChunk' ]
    { printf 'FXYB\002{"commands": {"web": {"main": '; cat args.json; printf '}, "api": {"main": {}}}}'; } >data
    exe emptycmd data
    run ./emptycmd web
    [ "$status" -eq 1 ]
    [ "$output" = 'emptycmd: command "api" has empty bytecode' ]
    # The same bytes as a bundle file.
    cp data emptycmd.gmb
    run "$BIN/govm" emptycmd.gmb web
    [ "$status" -eq 1 ]
    [ "$output" = 'govm: emptycmd.gmb: command "api" has empty bytecode' ]
    printf 'FXYB\002{"commands": {}}' >data && exe nocmds data
    run ./nocmds
    [ "$status" -eq 1 ]
    [[ "$output" == *"multi-command bundle has no commands" ]]
}

# A program that prints the embedded file "a" (or its error).
read_program() {
    printf 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tb, err := os.ReadFile("a")\n\tfmt.Printf("%%q %%v\\n", b, err)\n}\n' >read.go
    "$BIN/gomini" -o read.json read.go
}

@test "bundle: a crafted manifest with a bad resource index, a missing package or bad JSON is refused" {
    args_program
    read_program
    # The index is parsed when the script first asks for a file: a bad
    # row is then a fatal error.
    { printf 'FXYB\002{"main": '; cat read.json; printf ', "resources": {"count": 1, "index": 11, "bytes": 3}}[["a",2,5]]abc'; } >data
    exe badres data
    run ./badres
    [ "$status" -eq 2 ]
    [ "$output" = "fatal error: bad bundle: its index of embedded files is not 1 sorted [key, offset, size] rows within the bundle" ]
    { printf 'FXYB\002{"main": '; cat read.json; printf ', "resources": {"count": 2, "index": 21, "bytes": 3}}[["b",0,1],["a",1,2]]abc'; } >data
    exe unsorted data
    run ./unsorted
    [ "$status" -eq 2 ]
    [[ "$output" == "fatal error: bad bundle: its index of embedded files is not 2 sorted"* ]]
    { printf 'FXYB\002{"main": '; cat args.json; printf ', "resources": {"count": 0, "index": 99999, "bytes": 0}}'; } >data
    exe badtotal data
    run ./badtotal
    [ "$status" -eq 1 ]
    [ "$output" = "badtotal: bad bundle manifest: its resources are not an index and files within the bundle" ]
    sed 's|"imports": \[\]|"imports": ["./lib"]|' args.json >needs.json
    { printf 'FXYB\002{"main": '; cat needs.json; printf '}'; } >data
    exe nopkg data
    run ./nopkg
    [ "$status" -eq 1 ]
    [[ "$output" == *"imports ./lib, but the bundle has no package lib" ]]
    printf 'FXYB\002{"main": ' >data && exe badjson data
    run ./badjson
    [ "$status" -eq 1 ]
    [[ "$output" == "badjson: bad bundle manifest: "* ]]
    # A good index: "a" is bytes 1 and 2 of the files' "xyz", read in place.
    { printf 'FXYB\002{"main": '; cat read.json; printf ', "resources": {"count": 1, "index": 11, "bytes": 3}}[["a",1,2]]xyz'; } >data
    exe goodres data
    run ./goodres
    [ "$status" -eq 0 ]
    [ "$output" = '"yz" <nil>' ]
}

@test "bundle: the index's keys may use any JSON escape, surrogate pairs included; a lone surrogate or a NUL is refused" {
    read_program
    # "a" spelled \u0061, and a second key with an escaped emoji.
    idx='[["\u0061",0,1],["\ud83d\ude00",1,1]]'
    { printf 'FXYB\002{"main": '; cat read.json; printf ', "resources": {"count": 2, "index": %d, "bytes": 2}}%sxy' "${#idx}" "$idx"; } >data
    exe esc data
    run ./esc
    [ "$status" -eq 0 ]
    [ "$output" = '"x" <nil>' ]
    for bad in '[["\ud83d",0,1]]' '[["\u0000",0,1]]' '[["a",01,1]]' '[["a",0,1.5]]' '[["a",0,1]] x'; do
        { printf 'FXYB\002{"main": '; cat read.json; printf ', "resources": {"count": 1, "index": %d, "bytes": 2}}%sxy' "${#bad}" "$bad"; } >data
        exe bad data
        run ./bad
        [ "$status" -eq 2 ] || { echo "$bad: $status $output"; return 1; }
        [[ "$output" == "fatal error: bad bundle: its index of embedded files is not 1 sorted"* ]]
    done
}
