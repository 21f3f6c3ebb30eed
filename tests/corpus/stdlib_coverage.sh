#!/bin/bash
# stdlib_coverage.sh STDLIB CORPUS: names every exported function,
# method and variable that a standard-library declaration file in
# STDLIB declares and no program in CORPUS uses; exits 1 if there is one.
# A function counts as used where a program says pkg.Name, a method
# where a program importing its package says .Name( — a loose test for
# methods, whose receivers grep cannot see.
set -u
std=$1 corpus=$2
missing=0
for file in "$std"/*/*.go "$std"/*/*/*.go; do
    [ -e "$file" ] || continue
    pkgpath=${file#"$std"/}
    pkgpath=${pkgpath%/*}
    pkg=${pkgpath##*/}
    importers=$(grep -l "\"$pkgpath\"" "$corpus"/*.go)
    while read -r kind name; do
        if [ "$kind" = method ]; then
            [ -n "$importers" ] && grep -qE "\.$name\(" $importers && continue
        else
            [ -n "$importers" ] && grep -qE "\b$pkg\.$name\b" $importers && continue
        fi
        echo "not used by any program: $pkgpath $name ($kind)"
        missing=$((missing + 1))
    done < <(sed -nE -e 's/^func \([^)]*\) ([A-Z][A-Za-z0-9_]*).*/method \1/p' \
                     -e 's/^func ([A-Z][A-Za-z0-9_]*).*/func \1/p' \
                     -e 's/^var ([A-Z][A-Za-z0-9_]*).*/var \1/p' "$file")
done
echo "$missing unused"
[ "$missing" -eq 0 ]
