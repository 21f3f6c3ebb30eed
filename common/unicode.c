/* unicode.c - Go's unicode predicates and simple case mapping over the
 * generated tables in unicode_tables.c (tools/gen_unicode.py).  Every
 * lookup is a binary search over sorted ranges; Latin-1 and ASCII take
 * a short cut, since most text is made of them. */
#include "unicode.h"

#define MAX_RUNE 0x10FFFF
#define BIT(c) (1u << UC_##c)
#define LETTER (BIT(LU) | BIT(LL) | BIT(LT) | BIT(LM) | BIT(LO))
#define MARK (BIT(MN) | BIT(MC) | BIT(ME))
#define NUMBER (BIT(ND) | BIT(NL) | BIT(NO))
#define PUNCT (BIT(PC) | BIT(PD) | BIT(PS) | BIT(PE) | BIT(PI) | BIT(PF) | BIT(PO))
#define SYMBOL (BIT(SM) | BIT(SC) | BIT(SK) | BIT(SO))
#define PRINT (LETTER | MARK | NUMBER | PUNCT | SYMBOL)

/* The general category of r: UC_CN for unassigned runes and for values
 * that are no code point. */
static UnicodeCategory category(int32_t r)
{
    if (r < 0 || r > MAX_RUNE)
        return UC_CN;
    if (r < 256)
        return (UnicodeCategory)unicode_latin1_category[r];
    /* The last run starting at or before r. */
    size_t lo = 0, hi = unicode_category_nruns;
    while (hi - lo > 1) {
        size_t m = lo + (hi - lo) / 2;
        if (unicode_category_runs[m] >> 8 <= (uint32_t)r)
            lo = m;
        else
            hi = m;
    }
    uint32_t run = unicode_category_runs[lo];
    UnicodeCategory c = (UnicodeCategory)(run & 0xFF);
    if (c == UC_LU_LL)
        return (((uint32_t)r - (run >> 8)) & 1) ? UC_LL : UC_LU;
    return c;
}

static bool in_class(int32_t r, uint32_t mask)
{
    return ((1u << category(r)) & mask) != 0;
}

bool unicode_is_letter(int32_t r) { return in_class(r, LETTER); }
bool unicode_is_upper(int32_t r) { return category(r) == UC_LU; }
bool unicode_is_lower(int32_t r) { return category(r) == UC_LL; }
bool unicode_is_title(int32_t r) { return category(r) == UC_LT; }
bool unicode_is_digit(int32_t r) { return category(r) == UC_ND; }
bool unicode_is_number(int32_t r) { return in_class(r, NUMBER); }
bool unicode_is_mark(int32_t r) { return in_class(r, MARK); }
bool unicode_is_punct(int32_t r) { return in_class(r, PUNCT); }
bool unicode_is_symbol(int32_t r) { return in_class(r, SYMBOL); }
bool unicode_is_control(int32_t r) { return category(r) == UC_CC; }
bool unicode_is_print(int32_t r) { return r == ' ' || in_class(r, PRINT); }
bool unicode_is_graphic(int32_t r) { return in_class(r, PRINT | BIT(ZS)); }

bool unicode_is_space(int32_t r)
{
    if (r < 0 || r > MAX_RUNE)
        return false;
    size_t lo = 0, hi = unicode_white_space_len;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (unicode_white_space[m].hi < (uint32_t)r)
            lo = m + 1;
        else
            hi = m;
    }
    return lo < unicode_white_space_len && unicode_white_space[lo].lo <= (uint32_t)r;
}

/* The case range holding r, or NULL when r maps to itself. */
static const UnicodeCaseRange *case_range(int32_t r)
{
    if (r < 0 || r > MAX_RUNE)
        return NULL;
    size_t lo = 0, hi = unicode_case_ranges_len;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (unicode_case_ranges[m].hi < (uint32_t)r)
            lo = m + 1;
        else
            hi = m;
    }
    if (lo < unicode_case_ranges_len && unicode_case_ranges[lo].lo <= (uint32_t)r)
        return &unicode_case_ranges[lo];
    return NULL;
}

/* Map r through delta `which`: 0 upper, 1 lower, 2 title. */
static int32_t map_case(int32_t r, int which)
{
    const UnicodeCaseRange *cr = case_range(r);
    if (!cr)
        return r;
    int32_t d = cr->delta[which];
    if (d != UC_UPPER_LOWER)
        return r + d;
    /* A range of pairs: the even offset is the upper (and title) case,
     * the odd one the lower; which & 1 is 1 for lower only. */
    uint32_t off = (uint32_t)r - cr->lo;
    return (int32_t)(cr->lo + ((off & ~1u) | (uint32_t)(which & 1)));
}

int32_t unicode_to_upper(int32_t r)
{
    if (r >= 0 && r < 0x80)
        return r >= 'a' && r <= 'z' ? r - ('a' - 'A') : r;
    return map_case(r, 0);
}

int32_t unicode_to_lower(int32_t r)
{
    if (r >= 0 && r < 0x80)
        return r >= 'A' && r <= 'Z' ? r + ('a' - 'A') : r;
    return map_case(r, 1);
}

int32_t unicode_to_title(int32_t r)
{
    if (r >= 0 && r < 0x80)
        return r >= 'a' && r <= 'z' ? r - ('a' - 'A') : r;
    return map_case(r, 2);
}

int32_t unicode_simple_fold(int32_t r)
{
    if (r < 0 || r > MAX_RUNE)
        return r;
    /* The orbits longer than a rune and its other case, and the runes
     * with a case mapping that fold to themselves alone. */
    size_t lo = 0, hi = unicode_fold_orbit_len;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (unicode_fold_orbit[m].from < (uint32_t)r)
            lo = m + 1;
        else
            hi = m;
    }
    if (lo < unicode_fold_orbit_len && unicode_fold_orbit[lo].from == (uint32_t)r)
        return (int32_t)unicode_fold_orbit[lo].to;
    /* Otherwise the orbit is r and its other case, if it has one. */
    int32_t l = unicode_to_lower(r);
    return l != r ? l : unicode_to_upper(r);
}
