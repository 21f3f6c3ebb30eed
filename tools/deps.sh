#!/usr/bin/env bash
# deps.sh - install what building and testing gomini needs, if missing.
# Debian/Ubuntu: missing packages are installed with apt-get (as root, or
# through sudo).  Elsewhere it names what is missing and stops.
set -eu

need=()
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_pc() { have_cmd pkg-config && pkg-config --exists "$1" 2>/dev/null; }

have_cmd cc || have_cmd gcc || need+=(gcc libc6-dev)
have_cmd pkg-config || need+=(pkg-config)
have_pc libcbor || need+=(libcbor-dev)
have_pc jansson || need+=(libjansson-dev)
have_cmd bats || need+=(bats)
have_cmd jq || need+=(jq)
have_cmd dot || need+=(graphviz)    # examples/Makefile's %.svg and its tests
have_cmd upx || need+=(upx-ucl)     # tests/bundle.bats: a bundled executable after upx

[ ${#need[@]} -eq 0 ] && exit 0

echo "deps: installing ${need[*]}" >&2
if ! have_cmd apt-get; then
    echo "deps: please install: ${need[*]} (no apt-get on this machine)" >&2
    exit 1
fi
sudo=
if [ "$(id -u)" -ne 0 ]; then
    if have_cmd sudo; then
        sudo=sudo
    else
        echo "deps: please install as root: ${need[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
rest=()
for p in "${need[@]}"; do [ "$p" = upx-ucl ] || rest+=("$p"); done
[ ${#rest[@]} -eq 0 ] || $sudo apt-get install -y -qq --no-install-recommends "${rest[@]}" >/dev/null
# Debian 12 (bookworm) has upx-ucl only in its backports: they are
# enabled for it when the release itself has no candidate.
if [ ${#rest[@]} -ne ${#need[@]} ]; then
    release=()
    if ! apt-cache policy upx-ucl 2>/dev/null | grep -q 'Candidate: [0-9]'; then
        . /etc/os-release
        echo "deps: upx-ucl comes from ${VERSION_CODENAME}-backports" >&2
        printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: %s-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
            "$VERSION_CODENAME" | $sudo tee /etc/apt/sources.list.d/backports.sources >/dev/null
        $sudo apt-get update -qq
        release=(-t "${VERSION_CODENAME}-backports")
    fi
    $sudo apt-get install -y -qq --no-install-recommends "${release[@]}" upx-ucl >/dev/null
fi
