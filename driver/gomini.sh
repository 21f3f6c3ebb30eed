#!/bin/sh
# gomini - the driver: runs golex, goparse, gocheck, gocodegen and govm
# on a program, as `go run` and `go build` run the compiler.  It is only
# a shell script over the stage tools, which it finds beside itself: each
# stage can be run by hand (or by make) exactly as it runs them here, and
# -x prints every command it runs.
#
#   gomini -run FILE.go... | DIR [args...]    compile and run
#   gomini -o OUT.json FILE.go... | DIR       compile to bytecode
#   gomini -bytecode FILE.json [args...]      run bytecode
#   gomini -e 'statements'                    run a snippet (fmt is imported if used)
#   gomini build FILE.go... [-o OUT]          a self-contained executable (gobundle)
#   gomini -c FILE.go [-o OUT.gmb]            a bundle file, run with -r or govm

set -u

prog=gomini
version=0.1.0
# How far below the working directory local packages' files go (see
# package_key): a package may climb this many directories ("../").
deep=.g/.g/.g/.g/.g/.g/.g/.g
# The tools beside this script (no subshell: start-up time is the
# driver's whole cost for a small script).
case $0 in
*/*) bindir=${0%/*} ;;
*) bindir=$(command -v -- "$0") && bindir=${bindir%/*} || exit 1 ;;
esac

usage() {
    cat <<EOF
usage: gomini [-x] [--keep DIR] [-I DIR]... -run FILE.go... | DIR [args...]
       gomini [-x] [--keep DIR] [-I DIR]... -o OUT.json FILE.go... | DIR
       gomini [-x] -bytecode FILE.json [args...]
       gomini [-x] [--keep DIR] -e 'code'
       gomini build [-o OUT] [--embed SPEC]... [--up] [--host PATH] SCRIPT...
       gomini -c [-o OUT.gmb] [--embed SPEC]... SCRIPT
       gomini -r FILE.gmb [args...]
       gomini FILE.go [args...]            (the same as -run)
EOF
}

help() {
    usage
    cat <<EOF

Runs a Go-Mini program through the five stages (golex, goparse, gocheck,
gocodegen, govm), each the tool of that name beside gomini.  The files
given (or every .go file of DIR, tests excluded) are one package.

  -run FILES|DIR   compile the package and run it; later arguments are the program's
  -o OUT.json      compile the package to bytecode (go-mini-bytecode JSON) only
  -bytecode FILE   run a bytecode file with govm
  build SCRIPT...  compile each script (a .go file or a directory) and its local
                   packages, and pack them with gobundle into one executable: OUT,
                   or the first script's name without .go.  Several scripts make
                   one command each, named after its file.  --embed SPEC embeds
                   files the scripts read (see gobundle --help); --up makes the
                   executable plain govm unless its first argument is a command;
                   --host PATH packs onto another govm build
  -c SCRIPT        the same, into a bundle file without govm (SCRIPT.gmb)
  -r FILE.gmb      run a bundle file with govm
  -e CODE          run CODE as the body of func main (fmt is imported if CODE uses it)
  -I DIR           look for imported packages' export data in DIR (passed to gocheck)
  -x               print each stage's command before running it
  --keep DIR       keep the intermediate files (tokens, syntax trees, typed AST,
                   bytecode) in DIR instead of a temporary directory that is removed
  --help, --version

Exit status: a compile error prints the stages' messages and exits 1; a
usage error exits 64; otherwise the program's own status (2 after a panic).
EOF
}

die_usage() {
    echo "$prog: $*" >&2
    usage >&2
    exit 64
}

xflag=0
keep=
mode=
out=
code=
incs=
while [ $# -gt 0 ]; do
    case $1 in
    -x) xflag=1; shift ;;
    --keep|-keep)
        [ $# -ge 2 ] || die_usage "flag needs an argument: $1"
        keep=$2; shift 2 ;;
    -I)
        [ $# -ge 2 ] || die_usage "flag needs an argument: -I"
        incs="$incs -I $(printf '%s' "$2" | sed "s/'/'\\\\''/g; s/^/'/; s/\$/'/")"; shift 2 ;;
    -run|--run) mode=run; shift; break ;;
    -o)
        [ $# -ge 2 ] || die_usage "flag needs an argument: -o"
        mode=build; out=$2; shift 2; break ;;
    -bytecode|--bytecode|-r) mode=bytecode; shift; break ;;
    build) mode=bundle; gmb=0; shift; break ;;
    -c) mode=bundle; gmb=1; shift; break ;;
    -e)
        [ $# -ge 2 ] || die_usage "flag needs an argument: -e"
        mode=snippet; code=$2; shift 2; break ;;
    -h|-help|--help) help; exit 0 ;;
    -version|--version) echo "$prog (gomini) $version"; exit 0 ;;
    --) shift; mode=run; break ;;
    -*) die_usage "unknown flag: $1" ;;
    *) mode=run; break ;;
    esac
done
[ -n "$mode" ] || die_usage "nothing to do"

# Prints a command as the shell would read it (for -x), then runs it.
run() {
    if [ "$xflag" = 1 ]; then
        for a in "$@"; do
            case $a in
            *[!A-Za-z0-9_./=:,+-]*|'') printf "'%s' " "$(printf '%s' "$a" | sed "s/'/'\\\\''/g")" ;;
            *) printf '%s ' "$a" ;;
            esac
        done | sed 's/ $//' >&2
        echo >&2
    fi
    "$@"
}

# A word for eval, quoted for the shell.
quote() {
    printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

# A script's command name: its base name without .go (a directory's
# base name).
script_name() {
    local n=${1%/}
    # A directory is named as it really is: "." in proj/ is proj.
    [ -d "$1" ] && n=$(CDPATH='' cd -- "$1" && pwd)
    n=${n##*/}
    n=${n%.go}
    printf '%s' "${n%.mgo}"
}

# The script given before this one with the same command name, if any.
same_name_as() {
    local want=$1 s
    shift
    for s in "$@"; do
        [ "$(script_name "$s")" = "$want" ] && { printf '%s' "$s"; return 0; }
    done
    return 1
}

# build and -c: each script compiled as -o compiles it, into a directory
# of its own (so that two scripts' local packages never meet), then
# gobundle over the main files.  The commands' names are the scripts'
# base names, checked here so that a clash names the scripts.
bundle_scripts() {
    local bout= bflags= scripts= nscripts=0 s name i first rest=0
    while [ $# -gt 0 ]; do
        case $rest$1 in
        0-o)
            [ $# -ge 2 ] || die_usage "flag needs an argument: -o"
            bout=$2; shift 2 ;;
        0--embed|0--host)
            [ $# -ge 2 ] || die_usage "flag needs an argument: $1"
            bflags="$bflags $1 $(quote "$2")"; shift 2 ;;
        0--embed=*|0--host=*) bflags="$bflags $(quote "$1")"; shift ;;
        0--up) bflags="$bflags --up"; shift ;;
        0-x) xflag=1; shift ;;
        0-I)
            [ $# -ge 2 ] || die_usage "flag needs an argument: -I"
            incs="$incs -I $(quote "$2")"; shift 2 ;;
        0--) rest=1; shift ;;   # all that follows is scripts
        0-*) die_usage "unknown flag: $1" ;;
        *)
            name=$(script_name "$1")
            case $name in ''|.*) echo "$prog: cannot name a command after $1" >&2; exit 1 ;; esac
            if first=$(eval "same_name_as \"\$name\" $scripts"); then
                echo "$prog: two commands named $name: $first and $1" >&2
                exit 1
            fi
            scripts="$scripts $(quote "$1")"
            nscripts=$((nscripts + 1))
            shift ;;
        esac
    done
    [ "$nscripts" -gt 0 ] || die_usage "no scripts given"
    [ "$gmb" = 0 ] || [ "$nscripts" = 1 ] || die_usage "-c packs one script"
    if [ -z "$bout" ]; then
        eval "set -- $scripts"
        bout=$(script_name "$1")
        [ "$gmb" = 0 ] || bout=$bout.gmb
    fi
    work=$(mktemp -d "${TMPDIR:-/tmp}/gomini.XXXXXX") || exit 1
    trap 'rm -rf -- "$work"' EXIT
    trap 'rm -rf -- "$work"; trap - INT; kill -INT $$' INT
    trap 'rm -rf -- "$work"; trap - TERM; kill -TERM $$' TERM
    local sub= jsons=
    [ "$xflag" = 1 ] && sub=-x
    [ "$gmb" = 1 ] && bflags="$bflags -c"
    eval "set -- $scripts"
    i=0
    for s in "$@"; do
        name=$(script_name "$s")
        mkdir -p -- "$work/$i/$deep" || exit 1
        eval "GOMINI_PACKING=1 \"\$bindir/gomini\" $sub $incs -o \"\$work/\$i/\$deep/\$name.json\" \"\$s\"" || exit 1
        jsons="$jsons $(quote "$work/$i/$deep/$name.json")"
        i=$((i + 1))
    done
    eval "run \"\$bindir/gobundle\" -v -o \"\$bout\" $bflags $jsons"
}

if [ "$mode" = bundle ]; then
    bundle_scripts "$@"
    exit $?
fi

if [ "$mode" = bytecode ]; then
    [ $# -ge 1 ] || die_usage "no bytecode or bundle file given"
    run "$bindir/govm" "$@"
    exit $?
fi

# Stages 1 and 2 on each of the package's files (a snippet, the .go
# files of a directory, or the leading .go arguments), as they are
# found; the syntax trees are $work/0.ast, 1.ast ...
nfiles=0
ntrees=0
locals=
front() {
    tok="$work/$ntrees.tok" ast="$work/$ntrees.ast"
    if [ "$mode" = snippet ]; then
        # Messages name the snippet "snippet.go", not its temporary path.
        (cd -- "$work" && run "$bindir/golex" snippet.go -o "$tok") || exit 1
    else
        run "$bindir/golex" "$1" -o "$tok" || exit 1
        scan_imports "$1"
    fi
    run "$bindir/goparse" "$tok" -o "$ast" || exit 1
    ntrees=$((ntrees + 1))
}

# Local packages: imports of "./dir" or "../dir", relative to the
# importing file's directory.  Read with the shell alone, up to the
# first declaration after the imports.  Each is noted with the key of
# the package that imports it (cur_key, "" for main).
cur_key=
scan_imports() {
    local in_comment=0 rest imp
    case $1 in */*) sdir=${1%/*} ;; *) sdir=. ;; esac
    while IFS= read -r line; do
        # Comments are not imports: a block comment's lines, and what
        # follows // on a line.
        if [ "$in_comment" = 1 ]; then
            case $line in *'*/'*) in_comment=0; line=${line#*'*/'} ;; *) continue ;; esac
        fi
        case $line in *'/*'*)
            case ${line#*'/*'} in *'*/'*) line="${line%%'/*'*} ${line#*'*/'}" ;; *) line=${line%%'/*'*}; in_comment=1 ;; esac ;;
        esac
        line=${line%%//*}
        case $line in
        func*|type*|var*|const*) break ;;
        esac
        # Every quoted path on the line: import ("./a"; "./b") is two.
        rest=$line
        while :; do
            case $rest in *'"'*'"'*) ;; *) break ;; esac
            rest=${rest#*\"}
            imp=${rest%%\"*}
            rest=${rest#*\"}
            case $imp in ./*|../*) locals="$locals$sdir|$cur_key|$imp
" ;;
            esac
        done
    done <"$1"
}

# $1 cleaned as Go's path.Clean cleans a relative path.
clean_path() {
    local out= seg rest=$1/
    while [ -n "$rest" ]; do
        seg=${rest%%/*}
        rest=${rest#*/}
        case $seg in
        ''|.) ;;
        ..) case $out in ''|..|*/..) out=${out:+$out/}.. ;; */*) out=${out%/*} ;; *) out= ;; esac ;;
        *) out=${out:+$out/}$seg ;;
        esac
    done
    printf '%s' "${out:-.}"
}

# A package's key is its directory from the main package's, cleaned
# ("util", "util/inner", "../lib"): what gocheck names it by
# ("./util", "../lib") and where its files go, $root/KEY.gox and
# KEY.json, where gocheck -I and govm look.  $root is $work's
# descendant by $deep, so that a key that climbs ("../lib") stays
# inside $work.
package_key() {
    local key
    key=$(clean_path "${1:+$1/}$2")
    case $key in ../../../../../../../../../*|../../../../../../../../..)
        echo "$prog: import $2 climbs more than 8 directories above the program's" >&2; exit 1 ;;
    esac
    printf '%s' "$key"
}

# Where a package's files are, from $work: two keys must not meet
# there ("../.g/x" climbs back into $deep to where "x" is).
done_places=
claim_place() {
    local place other
    place=$(clean_path "$deep/$1")
    case $done_places in *"
$place|"*)
        other=${done_places#*"
$place|"}
        other=${other%%
*}
        echo "$prog: packages $other and $1 would share one file; rename a directory" >&2
        exit 1 ;;
    esac
    done_places="$done_places
$place|$1
"
}

# Compiles the local package imported as $3 by a file in directory $1
# of the package keyed $2, after the packages it imports; once per key,
# however many import it and by what relative path.
done_pkgs=
compiling=
compile_local() {
    local dir=$1/$3 key canon files= pending tree saved=$cur_key
    key=$(package_key "$2" "$3") || exit 1
    case $key in ..|../*) canon=$key ;; *) canon=./$key ;; esac
    case "|$compiling" in *"|$canon|"*)
        # A package that is still being compiled: a cycle, named as
        # gocheck names one.
        echo "$prog: import cycle not allowed: $(printf '%s' "$compiling" | sed 's/|$//; s/|/ imports /g') imports $canon" >&2
        exit 1 ;;
    esac
    case $done_pkgs in *"|$key|"*) return 0 ;; esac
    done_pkgs="$done_pkgs|$key|"
    claim_place "$key"
    compiling="$compiling$canon|"
    [ -d "$dir" ] || { echo "$prog: cannot find package $3 (no directory $dir)" >&2; exit 1; }
    pending=$locals
    locals=
    cur_key=$key
    for f in "$dir"/*.go; do
        case $f in *_test.go) continue ;; esac
        [ -e "$f" ] || continue
        tree=$ntrees
        front "$f"
        files="$files \"\$work/$tree.ast\""
    done
    cur_key=$saved
    [ -n "$files" ] || { echo "$prog: no Go files in $dir" >&2; exit 1; }
    compile_pending
    locals=$pending
    case $key in */*) mkdir -p -- "$root/${key%/*}" || exit 1 ;; esac
    eval "run \"\$bindir/gocheck\" -I \"\$root\" $incs --path \"\$canon\" --export \"\$root/\$key.gox\" $files -o \"\$root/\$key.tast\"" || exit 1
    run "$bindir/gocodegen" "$root/$key.tast" -o "$root/$key.json" || exit 1
    compiling=${compiling%"$canon|"}
    built="$built$key
"
}

# The local imports found so far, each compiled once.
compile_pending() {
    local list=$locals entry sdir pkey
    locals=
    while [ -n "$list" ]; do
        entry=${list%%
*}
        list=${list#*
}
        sdir=${entry%%|*}
        entry=${entry#*|}
        pkey=${entry%%|*}
        compile_local "$sdir" "$pkey" "${entry#*|}"
    done
}
# The common case, one file with no local imports run without -x or
# --keep: the stages as one pipeline into govm, which reads the bytecode
# from a here-document on descriptor 4 while the program keeps gomini's
# standard input.  No temporary files (so no mktemp, no rm), and the
# stages start side by side.  Their messages are not shown here: if the
# pipeline fails, the package is compiled again below, stage by stage,
# where each stage's messages are shown as it fails.
fast_ok=0
if [ "$mode" = run ] && [ "$xflag" = 0 ] && [ -z "$keep" ] && [ $# -ge 1 ] && [ -f "$1" ]; then
    case $1 in *.go|*.mgo) fast_ok=1 ;; esac
    case ${2-} in *.go|*.mgo) fast_ok=0 ;; esac
fi
if [ "$fast_ok" = 1 ]; then
    locals=
    scan_imports "$1"
    if [ -z "$locals" ]; then
        json=$("$bindir/golex" "$1" 2>/dev/null | "$bindir/goparse" 2>/dev/null |
            eval "\"\$bindir/gocheck\" $incs" 2>/dev/null | "$bindir/gocodegen" 2>/dev/null) && [ -n "$json" ] &&
            shift && exec "$bindir/govm" /dev/fd/4 "$@" 4<<GOMINI_BYTECODE_END
$json
GOMINI_BYTECODE_END
    fi
    locals=
fi

# The working directory for intermediate files: --keep's, or a temporary
# one that is removed however gomini ends.
if [ -n "$keep" ]; then
    mkdir -p -- "$keep" || exit 1
    work=$(CDPATH='' cd -- "$keep" && pwd) || exit 1
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/gomini.XXXXXX") || exit 1
    trap 'rm -rf -- "$work"' EXIT
    trap 'rm -rf -- "$work"; trap - INT; kill -INT $$' INT
    trap 'rm -rf -- "$work"; trap - TERM; kill -TERM $$' TERM
    trap 'rm -rf -- "$work"; trap - HUP; kill -HUP $$' HUP
fi
root=$work/$deep
mkdir -p -- "$root" || exit 1

if [ "$mode" = snippet ]; then
    # The snippet is main's body from line 2, so its line numbers are
    # one more than the user counts; fmt is imported only when used, or
    # gocheck would report the import as unused.
    imp=
    case $code in *fmt.*) imp='import "fmt"; ' ;; esac
    printf 'package main; %sfunc main() {\n%s\n}\n' "$imp" "$code" >"$work/snippet.go" || exit 1
    front "$work/snippet.go"
    nfiles=1
elif [ $# -ge 1 ] && [ -d "$1" ]; then
    for f in "$1"/*.go; do
        case $f in *_test.go) continue ;; esac
        [ -e "$f" ] && front "$f" && nfiles=$((nfiles + 1))
    done
    [ "$nfiles" -gt 0 ] || { echo "$prog: no Go files in $1" >&2; exit 1; }
    shift
else
    # A file that does not exist is golex's error, with its message.
    while [ $# -gt 0 ]; do
        case $1 in
        *.go|*.mgo) front "$1"; nfiles=$((nfiles + 1)); shift ;;
        *) break ;;
        esac
    done
    [ "$nfiles" -gt 0 ] || die_usage "no Go files given"
fi
[ "$mode" = build ] && [ $# -gt 0 ] && die_usage "-o takes only the package's files, not: $1"

# Stage 3 on the whole package: its trees' names need no quoting, and
# the -I directories were quoted as they were read.
asts=
i=0
while [ $i -lt "$nfiles" ]; do
    asts="$asts \"\$work/$i.ast\""
    i=$((i + 1))
done
built=
if [ -n "$locals" ]; then
    compile_pending
    incs="$incs -I \"\$root\""
fi
tast="$work/main.tast"
eval "run \"\$bindir/gocheck\" $incs $asts -o \"\$tast\"" || exit 1
# The program's bytecode, where no package's can be (a key names a
# directory: ".main" would need one of that name).
json=${out:-$root/.main.json}
if [ "$mode" = build ]; then
    # govm finds imported packages' bytecode from the program's
    # directory, so -o puts each at its key below that directory: one
    # that climbs would be written outside it, over whatever is there.
    case $out in */*) odir=${out%/*} ;; *) odir=. ;; esac
    list=$built
    while [ -n "$list" ]; do
        name=${list%%
*}
        list=${list#*
}
        # (gomini build's own -o, into a directory of its working one,
        # may: GOMINI_PACKING.)
        case ${GOMINI_PACKING-}$name in ..|../*)
            echo "$prog: -o would write package $name outside $odir/ (to $odir/$name.json); gomini build or -c packs it instead" >&2
            exit 1 ;;
        esac
        [ "$(clean_path "$odir/$name.json")" = "$(clean_path "$out")" ] &&
            { echo "$prog: the program's output $out is where package ./$name's bytecode goes; name it otherwise" >&2; exit 1; }
    done
fi
run "$bindir/gocodegen" "$tast" -o "$json" || exit 1
if [ "$mode" = build ]; then
    while [ -n "$built" ]; do
        name=${built%%
*}
        built=${built#*
}
        case $name in */*) mkdir -p -- "$odir/${name%/*}" || exit 1 ;; esac
        run cp -- "$root/$name.json" "$odir/$name.json" || exit 1
    done
    exit 0
fi

if [ "$mode" = snippet ]; then
    run "$bindir/govm" "$json"
else
    run "$bindir/govm" "$json" "$@"
fi
