#!/usr/bin/env python3
"""gen_unicode.py - write common/unicode_tables.c, the tables behind
common/unicode.c, from the Unicode Character Database.

    tools/gen_unicode.py [UCD_DIR [OUTPUT]]

UCD_DIR defaults to /usr/share/unicode (Debian's unicode-data package)
and OUTPUT to common/unicode_tables.c; `make unicode-tables` runs it.
Python 3 standard library only.  Nothing in the normal build runs this:
the generated file is committed.

Four tables come out (common/unicode.h describes their layout):
  - the general category of every code point, as runs of equal category
    (a run of alternating Lu, Ll pairs counts as one run), and of Latin-1
    as a plain array;
  - the White_Space property, as ranges;
  - the simple case mappings (UnicodeData.txt fields 12, 13, 14) as
    ranges of runes with equal deltas, alternating upper/lower pairs
    flagged instead of listed;
  - the simple case folding orbits (CaseFolding.txt, statuses C and S),
    kept only for the runes where "the lower case, or else the upper
    case" does not already give the next rune of the orbit.
"""

import os
import re
import sys

MAX_RUNE = 0x10FFFF
NRUNES = MAX_RUNE + 1
# The delta that flags a range of alternating upper/lower pairs; it can
# be no real delta, since every real one is smaller than MAX_RUNE.
UPPER_LOWER = NRUNES


def fail(msg):
    sys.exit("gen_unicode.py: " + msg)


def ucd_lines(path):
    """The data lines of a UCD file, comments and blank lines removed,
    as lists of stripped ';'-separated fields."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [x.strip() for x in line.split(";")]


def file_version(path):
    """The version a UCD file names in its first line, e.g. 15.0.0."""
    with open(path, encoding="utf-8") as f:
        m = re.match(r"#\s*\S+-(\d+\.\d+\.\d+)\.txt", f.readline())
    if not m:
        fail("%s: no version in the first line" % path)
    return m.group(1)


def read_unicode_data(path):
    """General categories and simple case mappings from UnicodeData.txt.
    Returns (category list, {rune: (upper, lower, title)}), where a
    missing mapping is the rune itself, as Go's unicode package has it."""
    cat = ["Cn"] * NRUNES
    case = {}
    first = None
    for f in ucd_lines(path):
        r = int(f[0], 16)
        if f[1].endswith(", First>"):
            first = r
            continue
        lo = first if f[1].endswith(", Last>") else r
        first = None
        for c in range(lo, r + 1):
            cat[c] = f[2]
        up, low, title = (int(x, 16) if x else r for x in f[12:15])
        if (up, low, title) != (r, r, r):
            case[r] = (up, low, title)
    return cat, case


def read_white_space(path):
    space = []
    for f in ucd_lines(path):
        if f[1] == "White_Space":
            lo, _, hi = f[0].partition("..")
            space.append((int(lo, 16), int(hi or lo, 16)))
    return sorted(space)


def read_folding(path):
    """The simple case folding: CaseFolding.txt's C and S entries."""
    fold = {}
    for f in ucd_lines(path):
        if f[1] in ("C", "S"):
            fold[int(f[0], 16)] = int(f[2], 16)
    return fold


# ---- general categories ------------------------------------------------

def category_runs(cat):
    """(lo, category) for each run of one category, in order; a run of
    two or more Lu, Ll pairs becomes one run of the pseudo-category
    Lu_Ll.  A run ends where the next starts."""
    def pairs_at(c):
        n = 0
        while c + 1 < NRUNES and cat[c] == "Lu" and cat[c + 1] == "Ll":
            n += 1
            c += 2
        return n

    runs = []
    c = 0
    while c < NRUNES:
        n = pairs_at(c)
        if n >= 2:
            runs.append((c, "Lu_Ll"))
            c += 2 * n
            continue
        k = cat[c]
        runs.append((c, k))
        c += 1
        while c < NRUNES and cat[c] == k and not (k == "Lu" and pairs_at(c) >= 2):
            c += 1
    # Neighbours of the same category can meet when a run of pairs
    # follows an Ll run; merge them so every run differs from the last.
    merged = []
    for lo, k in runs:
        if not merged or merged[-1][1] != k or k == "Lu_Ll":
            merged.append((lo, k))
    return merged


def check_runs(cat, runs):
    """Expand the runs again and compare with cat: the table's meaning
    must be exactly the data's."""
    bounds = [lo for lo, _ in runs] + [NRUNES]
    for i, (lo, k) in enumerate(runs):
        for c in range(lo, bounds[i + 1]):
            want = k if k != "Lu_Ll" else ("Lu" if (c - lo) % 2 == 0 else "Ll")
            if cat[c] != want:
                fail("category run at U+%04X is wrong for U+%04X" % (lo, c))


# ---- case mapping -------------------------------------------------------

def deltas(case, r):
    up, low, title = case.get(r, (r, r, r))
    return (up - r, low - r, title - r)


def case_ranges(case):
    """[lo, hi, (dup, dlow, dtitle)] for the runes with a mapping.  A
    range of consecutive runes with equal deltas is one entry; so is a
    range of pairs (upper at an even offset from lo, its lower next)
    whose deltas are (0, 1, 0) then (-1, 0, -1), with UPPER_LOWER in
    place of every delta."""
    def is_pair(r):
        return deltas(case, r) == (0, 1, 0) and deltas(case, r + 1) == (-1, 0, -1)

    out = []
    runes = sorted(case)
    i = 0
    while i < len(runes):
        r = runes[i]
        if is_pair(r) and is_pair(r + 2):
            hi = r
            while is_pair(hi + 2):
                hi += 2
            out.append([r, hi + 1, (UPPER_LOWER,) * 3])
        else:
            d = deltas(case, r)
            hi = r
            while hi + 1 in case and deltas(case, hi + 1) == d and not (is_pair(hi + 1) and is_pair(hi + 3)):
                hi += 1
            out.append([r, hi, d])
        while i < len(runes) and runes[i] <= out[-1][1]:
            i += 1
    return out


def map_case(ranges, r, which):
    """What common/unicode.c computes: which is 0 upper, 1 lower, 2
    title."""
    for lo, hi, d in ranges:
        if lo <= r <= hi:
            if d[which] == UPPER_LOWER:
                return lo + ((r - lo) & ~1 | (which & 1))
            return r + d[which]
    return r


def check_case(case, ranges):
    for r in range(NRUNES):
        want = case.get(r, (r, r, r))
        got = tuple(map_case(ranges, r, w) for w in range(3)) if r in case else (r, r, r)
        if got != want:
            fail("case mapping of U+%04X: tables give %s, data %s" % (r, got, want))
    mapped = set()
    for lo, hi, _ in ranges:
        mapped.update(range(lo, hi + 1))
    if mapped != set(case):
        fail("case ranges cover runes without a mapping")


# ---- case folding -------------------------------------------------------

def fold_orbit_exceptions(fold, case):
    """{r: next} for the runes whose SimpleFold is not "ToLower(r) if it
    differs from r, else ToUpper(r)".  SimpleFold(r) is the smallest rune
    above r that folds to the same rune as r, or else the smallest such
    rune (Go's unicode.SimpleFold)."""
    orbits = {}
    for r, f in fold.items():
        orbits.setdefault(f, {f}).add(r)
    out = {}
    seen = set()
    for members in orbits.values():
        members = sorted(members)
        for i, r in enumerate(members):
            seen.add(r)
            nxt = members[(i + 1) % len(members)]
            if nxt != default_fold(case, r):
                out[r] = nxt
    # A rune in no orbit folds to itself alone, even if it has a case
    # mapping (U+0130 I WITH DOT ABOVE, U+0131 DOTLESS I).
    for r in case:
        if r not in seen and default_fold(case, r) != r:
            out[r] = r
    return out


def default_fold(case, r):
    up, low, _ = case.get(r, (r, r, r))
    return low if low != r else up


# ---- output --------------------------------------------------------------

def rows(items, per_line):
    """items, per_line to a line, indented, each followed by a comma."""
    lines = []
    for i in range(0, len(items), per_line):
        lines.append("    " + " ".join(x + "," for x in items[i:i + per_line]))
    return "\n".join(lines)


def hexr(r):
    return "0x%04X" % r


def write_tables(out, version, cat, runs, space, ranges, orbit):
    cname = lambda k: "UC_" + k.upper()
    latin1 = [cname(cat[c]) for c in range(256)]
    run_items = ["R(%s, %s)" % (hexr(lo), k.upper()) for lo, k in runs]
    space_items = ["{%s, %s}" % (hexr(lo), hexr(hi)) for lo, hi in space]

    def deltas_text(d):
        return "PAIRS" if d[0] == UPPER_LOWER else "{%d, %d, %d}" % d

    case_items = ["{%s, %s, %s}" % (hexr(lo), hexr(hi), deltas_text(d)) for lo, hi, d in ranges]
    orbit_items = ["{%s, %s}" % (hexr(r), hexr(orbit[r])) for r in sorted(orbit)]
    text = """\
/* unicode_tables.c - GENERATED by tools/gen_unicode.py from the Unicode
 * {v} Character Database (UnicodeData.txt, PropList.txt, CaseFolding.txt);
 * do not edit.  To regenerate: apt-get install unicode-data, then
 * `make unicode-tables`.  common/unicode.h describes the layout and
 * common/unicode.c reads the tables. */
#include "unicode.h"

const char unicode_version[] = "{v}";

/* The general category of U+0000..U+00FF. */
const uint8_t unicode_latin1_category[256] = {{
{latin1}
}};

/* Runs of one general category: a run starts at its code point and ends
 * where the next one starts; the last ends at U+10FFFF. */
#define R(lo, cat) ((uint32_t)(lo) << 8 | UC_##cat)
const uint32_t unicode_category_runs[] = {{
{runs}
}};
#undef R
const size_t unicode_category_nruns = sizeof unicode_category_runs / sizeof unicode_category_runs[0];

/* The White_Space property. */
const UnicodeRange unicode_white_space[] = {{
{space}
}};
const size_t unicode_white_space_len = sizeof unicode_white_space / sizeof unicode_white_space[0];

/* Simple case mappings: {{lo, hi, {{to upper, to lower, to title}}}} as
 * deltas added to the rune, or PAIRS for alternating upper/lower pairs. */
#define PAIRS {{UC_UPPER_LOWER, UC_UPPER_LOWER, UC_UPPER_LOWER}}
const UnicodeCaseRange unicode_case_ranges[] = {{
{case}
}};
#undef PAIRS
const size_t unicode_case_ranges_len = sizeof unicode_case_ranges / sizeof unicode_case_ranges[0];

/* SimpleFold where it is not ToLower(r), or ToUpper(r) when that is r:
 * {{rune, the next rune of its case folding orbit}}. */
const UnicodeFold unicode_fold_orbit[] = {{
{orbit}
}};
const size_t unicode_fold_orbit_len = sizeof unicode_fold_orbit / sizeof unicode_fold_orbit[0];
""".format(v=version, latin1=rows(latin1, 8), runs=rows(run_items, 4), space=rows(space_items, 4),
           case=rows(case_items, 3), orbit=rows(orbit_items, 4))
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="ascii") as f:
        f.write(text)
    os.replace(tmp, out)


def main(argv):
    if len(argv) > 3:
        sys.exit("usage: gen_unicode.py [UCD_DIR [OUTPUT]]")
    ucd = argv[1] if len(argv) > 1 else "/usr/share/unicode"
    out = argv[2] if len(argv) > 2 else "common/unicode_tables.c"
    path = lambda name: os.path.join(ucd, name)
    for name in ("UnicodeData.txt", "PropList.txt", "CaseFolding.txt"):
        if not os.path.exists(path(name)):
            fail("%s: not found (apt-get install unicode-data)" % path(name))
    version = file_version(path("PropList.txt"))
    if file_version(path("CaseFolding.txt")) != version:
        fail("PropList.txt and CaseFolding.txt are from different Unicode versions")

    cat, case = read_unicode_data(path("UnicodeData.txt"))
    runs = category_runs(cat)
    check_runs(cat, runs)
    ranges = case_ranges(case)
    check_case(case, ranges)
    orbit = fold_orbit_exceptions(read_folding(path("CaseFolding.txt")), case)
    write_tables(out, version, cat, runs, read_white_space(path("PropList.txt")), ranges, orbit)
    print("gen_unicode.py: wrote %s (Unicode %s: %d category runs, %d case ranges, %d fold exceptions)"
          % (out, version, len(runs), len(ranges), len(orbit)))


if __name__ == "__main__":
    main(sys.argv)
