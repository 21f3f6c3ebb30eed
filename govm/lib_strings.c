/* lib_strings.c - the strings, strconv and unicode packages, natively.
 * Rune classes and case mapping are common/unicode.h's: Go's, for every
 * rune of Unicode 15.0.0. */
#include "natives.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "unicode.h"
#include "utf8.h"

/* ==== runes =========================================================== */

/* Go's unicode.IsSpace, which strings.Fields and TrimSpace split on. */
static bool rune_space(int32_t r)
{
    return unicode_is_space(r);
}

static size_t next_rune(const char *s, size_t n, size_t i, int32_t *r)
{
    size_t size;
    int32_t c = utf8_decode((const unsigned char *)s + i, n - i, &size);
    *r = c == UTF8_INVALID ? 0xFFFD : c;
    return size;
}

static void put_rune(Buf *b, int32_t r)
{
    char u8[4];
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    buf_append(b, u8, utf8_encode_rune((uint32_t)r, u8));
}

/* ==== strings ========================================================= */

#define S(i) str_ptr(ARG(i).p)
#define N(i) str_len(ARG(i).p)

static int64_t find(const char *s, size_t n, const char *sub, size_t m)
{
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    const char *p = memmem(s, n, sub, m);
    return p ? p - s : -1;
}

static int64_t find_last(const char *s, size_t n, const char *sub, size_t m)
{
    if (m > n)
        return -1;
    for (size_t i = n - m + 1; i-- > 0;)
        if (memcmp(s + i, sub, m) == 0)
            return (int64_t)i;
    return -1;
}

static int ret_string(VM *vm, size_t at, uint32_t nargs, const char *s, size_t n)
{
    RES(0).p = nat_string(vm, s, n);
    return 0;
}

static int ret_buf(VM *vm, size_t at, uint32_t nargs, Buf *b)
{
    RES(0).p = nat_string(vm, (const char *)b->data, b->len);
    buf_free(b);
    return 0;
}

/* A substring of argument 0 (shares nothing: a new string). */
static int ret_sub(VM *vm, size_t at, uint32_t nargs, size_t from, size_t to)
{
    return ret_string(vm, at, nargs, S(0) + from, to - from);
}

static int s_contains(VM *vm, size_t at, uint32_t nargs) { RES(0).u = find(S(0), N(0), S(1), N(1)) >= 0; return 0; }
static int s_index(VM *vm, size_t at, uint32_t nargs) { RES(0).i = find(S(0), N(0), S(1), N(1)); return 0; }
static int s_last_index(VM *vm, size_t at, uint32_t nargs) { RES(0).i = find_last(S(0), N(0), S(1), N(1)); return 0; }

static int s_has_prefix(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).u = N(1) <= N(0) && memcmp(S(0), S(1), N(1)) == 0;
    return 0;
}

static int s_has_suffix(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).u = N(1) <= N(0) && memcmp(S(0) + N(0) - N(1), S(1), N(1)) == 0;
    return 0;
}

static int s_index_byte(VM *vm, size_t at, uint32_t nargs)
{
    const char *p = memchr(S(0), (int)(ARG(1).u & 0xFF), N(0));
    RES(0).i = p ? p - S(0) : -1;
    return 0;
}

static int64_t index_rune(const char *s, size_t n, int32_t want)
{
    for (size_t i = 0; i < n;) {
        int32_t r;
        size_t w = next_rune(s, n, i, &r);
        if (r == want)
            return (int64_t)i;
        i += w;
    }
    return -1;
}

static int s_index_rune(VM *vm, size_t at, uint32_t nargs) { RES(0).i = index_rune(S(0), N(0), (int32_t)ARG(1).i); return 0; }
static int s_contains_rune(VM *vm, size_t at, uint32_t nargs) { RES(0).u = index_rune(S(0), N(0), (int32_t)ARG(1).i) >= 0; return 0; }

static int64_t index_any(const char *s, size_t n, const char *chars, size_t m)
{
    for (size_t i = 0; i < n;) {
        int32_t r;
        size_t w = next_rune(s, n, i, &r);
        if (index_rune(chars, m, r) >= 0)
            return (int64_t)i;
        i += w;
    }
    return -1;
}

static int s_index_any(VM *vm, size_t at, uint32_t nargs) { RES(0).i = index_any(S(0), N(0), S(1), N(1)); return 0; }
static int s_contains_any(VM *vm, size_t at, uint32_t nargs) { RES(0).u = index_any(S(0), N(0), S(1), N(1)) >= 0; return 0; }

static int s_count(VM *vm, size_t at, uint32_t nargs)
{
    const char *s = S(0), *sub = S(1);
    size_t n = N(0), m = N(1);
    int64_t c = 0;
    if (m == 0) {
        for (size_t i = 0; i < n; c++) {
            int32_t r;
            i += next_rune(s, n, i, &r);
        }
        RES(0).i = c + 1;
        return 0;
    }
    for (size_t i = 0; i + m <= n;) {
        if (memcmp(s + i, sub, m) == 0) {
            c++;
            i += m;
        } else {
            i++;
        }
    }
    RES(0).i = c;
    return 0;
}

/* Are a and b in one case folding orbit?  Go's test: walk a's orbit
 * (unicode.SimpleFold) upwards from the smaller rune. */
static bool runes_fold_equal(int32_t a, int32_t b)
{
    if (a == b)
        return true;
    if (b < a) {
        int32_t t = a;
        a = b;
        b = t;
    }
    int32_t r = unicode_simple_fold(a);
    while (r != a && r < b)
        r = unicode_simple_fold(r);
    return r == b;
}

static int s_equal_fold(VM *vm, size_t at, uint32_t nargs)
{
    const char *a = S(0), *b = S(1);
    size_t na = N(0), nb = N(1), i = 0, j = 0;
    bool eq = true;
    while (eq && i < na && j < nb) {
        int32_t r1, r2;
        i += next_rune(a, na, i, &r1);
        j += next_rune(b, nb, j, &r2);
        eq = runes_fold_equal(r1, r2);
    }
    RES(0).u = eq && i == na && j == nb;
    return 0;
}

/* A []string of the given pieces. */
static int ret_strings(VM *vm, size_t at, uint32_t nargs, const char *s, const size_t *from, const size_t *to,
                       size_t n)
{
    uint32_t st = nat_slice_type(vm, "[]string", nat_type(vm, "string", BK_STRING));
    Slice *out = nat_slice(vm, st, n);
    gc_protect(vm, out);
    for (size_t i = 0; i < n; i++)
        slice_at(out, i)->p = nat_string(vm, s + from[i], to[i] - from[i]);
    gc_unprotect(vm, 1);
    RES(0).p = out;
    return 0;
}

/* Split, SplitN, SplitAfter: n < 0 is no limit. */
static int split(VM *vm, size_t at, uint32_t nargs, int64_t limit, bool after)
{
    const char *s = S(0), *sep = S(1);
    size_t n = N(0), m = N(1), cap = 16, k = 0;
    if (limit == 0) {
        RES(0).p = NULL;
        return 0;
    }
    size_t *from = xmalloc(cap * sizeof *from), *to = xmalloc(cap * sizeof *to);
    size_t i = 0;
    while (true) {
        if (k + 1 == cap) {
            cap *= 2;
            from = xrealloc(from, cap * sizeof *from);
            to = xrealloc(to, cap * sizeof *to);
        }
        if (limit > 0 && (int64_t)k == limit - 1) {
            from[k] = i, to[k++] = n;
            break;
        }
        if (m == 0) {
            /* Into runes. */
            if (i >= n)
                break;
            int32_t r;
            size_t w = next_rune(s, n, i, &r);
            from[k] = i, to[k++] = i + w;
            i += w;
            continue;
        }
        int64_t j = find(s + i, n - i, sep, m);
        if (j < 0) {
            from[k] = i, to[k++] = n;
            break;
        }
        from[k] = i, to[k++] = i + (size_t)j + (after ? m : 0);
        i += (size_t)j + m;
    }
    int st = ret_strings(vm, at, nargs, s, from, to, k);
    free(from);
    free(to);
    return st;
}

static int s_split(VM *vm, size_t at, uint32_t nargs) { return split(vm, at, nargs, -1, false); }
static int s_split_n(VM *vm, size_t at, uint32_t nargs) { return split(vm, at, nargs, ARG(2).i, false); }
static int s_split_after(VM *vm, size_t at, uint32_t nargs) { return split(vm, at, nargs, -1, true); }

static int s_fields(VM *vm, size_t at, uint32_t nargs)
{
    const char *s = S(0);
    size_t n = N(0), k = 0;
    size_t *from = xmalloc((n / 2 + 1) * sizeof *from), *to = xmalloc((n / 2 + 1) * sizeof *to);
    for (size_t i = 0; i < n;) {
        int32_t r;
        size_t w = next_rune(s, n, i, &r);
        if (rune_space(r)) {
            i += w;
            continue;
        }
        size_t start = i;
        while (i < n) {
            w = next_rune(s, n, i, &r);
            if (rune_space(r))
                break;
            i += w;
        }
        from[k] = start, to[k++] = i;
    }
    int st = ret_strings(vm, at, nargs, s, from, to, k);
    free(from);
    free(to);
    return st;
}

static int s_join(VM *vm, size_t at, uint32_t nargs)
{
    Buf b;
    buf_init(&b);
    size_t n = slice_of(ARG(0).p, BC_REF) ? slice_len(ARG(0).p) : 0;
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            buf_append(&b, S(1), N(1));
        const void *e = slice_at(ARG(0).p, i)->p;
        buf_append(&b, str_ptr(e), str_len(e));
    }
    return ret_buf(vm, at, nargs, &b);
}

static int s_repeat(VM *vm, size_t at, uint32_t nargs)
{
    int64_t count = ARG(1).i;
    if (count < 0)
        return nat_panic(vm, "strings: negative Repeat count");
    if (N(0) && (uint64_t)count > (UINT64_C(1) << 34) / N(0))
        return nat_panic(vm, "strings: Repeat output length overflow");
    Buf b;
    buf_init(&b);
    for (int64_t i = 0; i < count; i++)
        buf_append(&b, S(0), N(0));
    return ret_buf(vm, at, nargs, &b);
}

static int replace(VM *vm, size_t at, uint32_t nargs, int64_t limit)
{
    const char *s = S(0), *old = S(1), *nw = S(2);
    size_t n = N(0), m = N(1), r = N(2);
    Buf b;
    buf_init(&b);
    size_t i = 0;
    int64_t done = 0;
    if (m == 0) {
        /* An empty old string matches before every rune and at the end. */
        while (limit < 0 || done < limit) {
            buf_append(&b, nw, r);
            done++;
            if (i >= n)
                break;
            int32_t c;
            size_t w = next_rune(s, n, i, &c);
            buf_append(&b, s + i, w);
            i += w;
        }
        buf_append(&b, s + i, n - i);
        return ret_buf(vm, at, nargs, &b);
    }
    while (limit < 0 || done < limit) {
        int64_t j = find(s + i, n - i, old, m);
        if (j < 0)
            break;
        buf_append(&b, s + i, (size_t)j);
        buf_append(&b, nw, r);
        i += (size_t)j + m;
        done++;
    }
    buf_append(&b, s + i, n - i);
    return ret_buf(vm, at, nargs, &b);
}

static int s_replace(VM *vm, size_t at, uint32_t nargs) { return replace(vm, at, nargs, ARG(3).i); }
static int s_replace_all(VM *vm, size_t at, uint32_t nargs) { return replace(vm, at, nargs, -1); }

static int map_case(VM *vm, size_t at, uint32_t nargs, int32_t (*f)(int32_t))
{
    Buf b;
    buf_init(&b);
    const char *s = S(0);
    size_t n = N(0);
    for (size_t i = 0; i < n;) {
        int32_t r;
        size_t w = next_rune(s, n, i, &r);
        put_rune(&b, f(r));
        i += w;
    }
    return ret_buf(vm, at, nargs, &b);
}

static int s_to_upper(VM *vm, size_t at, uint32_t nargs) { return map_case(vm, at, nargs, unicode_to_upper); }
static int s_to_lower(VM *vm, size_t at, uint32_t nargs) { return map_case(vm, at, nargs, unicode_to_lower); }
static int s_to_title(VM *vm, size_t at, uint32_t nargs) { return map_case(vm, at, nargs, unicode_to_title); }

/* Does r separate words for strings.Title, so the rune after it starts
 * one?  Go's rule: ASCII letters, digits and '_' do not and all other
 * ASCII does; beyond ASCII, letters and digits do not, spaces do and
 * anything else does not. */
static bool is_title_separator(int32_t r)
{
    if (r < 0x80)
        return !((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_');
    if (unicode_is_letter(r) || unicode_is_digit(r))
        return false;
    return unicode_is_space(r);
}

static int s_title(VM *vm, size_t at, uint32_t nargs)
{
    Buf b;
    buf_init(&b);
    const char *s = S(0);
    size_t n = N(0);
    int32_t prev = ' ';
    for (size_t i = 0; i < n;) {
        int32_t r;
        size_t w = next_rune(s, n, i, &r);
        put_rune(&b, is_title_separator(prev) ? unicode_to_title(r) : r);
        prev = r;
        i += w;
    }
    return ret_buf(vm, at, nargs, &b);
}

static bool in_cutset(const char *cut, size_t m, int32_t r)
{
    return index_rune(cut, m, r) >= 0;
}

/* Trim, TrimLeft, TrimRight (by a cutset) and TrimSpace. */
static int trim(VM *vm, size_t at, uint32_t nargs, bool left, bool right, bool space)
{
    const char *s = S(0);
    size_t n = N(0), lo = 0, hi = n;
    const char *cut = space ? "" : S(1);
    size_t m = space ? 0 : N(1);
    while (left && lo < hi) {
        int32_t r;
        size_t w = next_rune(s, n, lo, &r);
        if (space ? !rune_space(r) : !in_cutset(cut, m, r))
            break;
        lo += w;
    }
    while (right && hi > lo) {
        size_t k = hi - 1;
        while (k > lo && ((unsigned char)s[k] & 0xC0) == 0x80)
            k--;
        int32_t r;
        next_rune(s, n, k, &r);
        if (space ? !rune_space(r) : !in_cutset(cut, m, r))
            break;
        hi = k;
    }
    return ret_sub(vm, at, nargs, lo, hi);
}

static int s_trim_space(VM *vm, size_t at, uint32_t nargs) { return trim(vm, at, nargs, true, true, true); }
static int s_trim(VM *vm, size_t at, uint32_t nargs) { return trim(vm, at, nargs, true, true, false); }
static int s_trim_left(VM *vm, size_t at, uint32_t nargs) { return trim(vm, at, nargs, true, false, false); }
static int s_trim_right(VM *vm, size_t at, uint32_t nargs) { return trim(vm, at, nargs, false, true, false); }

static int s_trim_prefix(VM *vm, size_t at, uint32_t nargs)
{
    bool has = N(1) <= N(0) && memcmp(S(0), S(1), N(1)) == 0;
    return ret_sub(vm, at, nargs, has ? N(1) : 0, N(0));
}

static int s_trim_suffix(VM *vm, size_t at, uint32_t nargs)
{
    bool has = N(1) <= N(0) && memcmp(S(0) + N(0) - N(1), S(1), N(1)) == 0;
    return ret_sub(vm, at, nargs, 0, has ? N(0) - N(1) : N(0));
}

static int s_cut(VM *vm, size_t at, uint32_t nargs)
{
    int64_t i = find(S(0), N(0), S(1), N(1));
    if (i < 0) {
        RES(0) = ARG(0);
        RES(1).p = NULL;
        RES(2).u = 0;
        return 0;
    }
    GoString *before = nat_string(vm, S(0), (size_t)i);
    gc_protect(vm, before);
    GoString *after = nat_string(vm, S(0) + i + N(1), N(0) - (size_t)i - N(1));
    gc_unprotect(vm, 1);
    RES(0).p = before;
    RES(1).p = after;
    RES(2).u = 1;
    return 0;
}

/* ==== strings.Builder ================================================= */

/* A Builder's one field holds a growing byte buffer (GC_BYTES). */
static Buf *builder_buf(VM *vm, Value b, bool make)
{
    Agg *o = agg_arg(b, 1);
    if (!o || agg_cls(o, 0) != BC_REF || (o->v[0].p && ((GcHeader *)o->v[0].p)->kind != GC_BYTES))
        return NULL;
    if (!o->v[0].p && make) {
        gc_protect(vm, o);
        BytesObj *bo = gc_alloc(vm, GC_BYTES, sizeof *bo);
        gc_unprotect(vm, 1);
        buf_init(&bo->buf);
        o->v[0].p = bo;
    }
    return o->v[0].p ? &((BytesObj *)o->v[0].p)->buf : NULL;
}

static int builder_grow_heap(VM *vm, Value b, size_t before)
{
    BytesObj *bo = ((Agg *)b.p)->v[0].p;   /* builder_buf checked it */
    if (bo->buf.cap > before)
        gc_account(vm, &bo->h, bo->buf.cap - before);
    return 0;
}

#define BUILDER_NIL_CHECK() \
    if (!ARG(0).p) return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference")

static int b_write_string(VM *vm, size_t at, uint32_t nargs)
{
    BUILDER_NIL_CHECK();
    Buf *buf = builder_buf(vm, ARG(0), true);
    if (!buf)
        return nat_panic(vm, "govm: not a strings.Builder");
    size_t before = buf->cap;
    buf_append(buf, S(1), N(1));
    RES(0).i = (int64_t)N(1);
    RES(1).p = NULL;
    return builder_grow_heap(vm, ARG(0), before);
}

static int b_write_byte(VM *vm, size_t at, uint32_t nargs)
{
    BUILDER_NIL_CHECK();
    Buf *buf = builder_buf(vm, ARG(0), true);
    if (!buf)
        return nat_panic(vm, "govm: not a strings.Builder");
    size_t before = buf->cap;
    buf_putc(buf, (char)ARG(1).u);
    RES(0).p = NULL;
    return builder_grow_heap(vm, ARG(0), before);
}

static int b_write_rune(VM *vm, size_t at, uint32_t nargs)
{
    BUILDER_NIL_CHECK();
    Buf *buf = builder_buf(vm, ARG(0), true);
    if (!buf)
        return nat_panic(vm, "govm: not a strings.Builder");
    size_t before = buf->cap, len = buf->len;
    put_rune(buf, (int32_t)ARG(1).i);
    RES(0).i = (int64_t)(buf->len - len);
    RES(1).p = NULL;
    return builder_grow_heap(vm, ARG(0), before);
}

static int b_write(VM *vm, size_t at, uint32_t nargs)
{
    BUILDER_NIL_CHECK();
    Buf *buf = builder_buf(vm, ARG(0), true);
    if (!buf)
        return nat_panic(vm, "govm: not a strings.Builder");
    size_t before = buf->cap, n = slice_len(ARG(1).p);
    for (size_t i = 0; i < n; i++)
        buf_putc(buf, (char)slice_at(ARG(1).p, i)->u);
    RES(0).i = (int64_t)n;
    RES(1).p = NULL;
    return builder_grow_heap(vm, ARG(0), before);
}

static int b_string(VM *vm, size_t at, uint32_t nargs)
{
    BUILDER_NIL_CHECK();
    Buf *buf = builder_buf(vm, ARG(0), false);
    return ret_string(vm, at, nargs, buf ? (const char *)buf->data : "", buf ? buf->len : 0);
}

static int b_len(VM *vm, size_t at, uint32_t nargs)
{
    BUILDER_NIL_CHECK();
    Buf *buf = builder_buf(vm, ARG(0), false);
    RES(0).i = buf ? (int64_t)buf->len : 0;
    return 0;
}

static int b_reset(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    BUILDER_NIL_CHECK();
    if (builder_buf(vm, ARG(0), false) || agg_arg(ARG(0), 1))
        ((Agg *)ARG(0).p)->v[0].p = NULL;
    return 0;
}

static int b_grow(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    BUILDER_NIL_CHECK();
    if (ARG(1).i < 0)
        return nat_panic(vm, "strings.Builder.Grow: negative count");
    builder_buf(vm, ARG(0), true);
    return 0;
}

/* ==== strings: the functions that call the program back ================ */

/* The rune ending at s[end] and where it starts, as utf8.DecodeLastRune
 * reads it (an invalid byte is U+FFFD, one byte wide). */
static size_t prev_rune(const char *s, size_t end, int32_t *r)
{
    size_t start = end - 1, lim = end >= 4 ? end - 4 : 0;
    while (start > lim && ((unsigned char)s[start] & 0xC0) == 0x80)
        start--;
    int32_t c;
    if (next_rune(s, end, start, &c) != end - start) {
        *r = 0xFFFD;
        return end - 1;
    }
    *r = c;
    return start;
}

/* f(r) for a func(rune) bool or func(rune) rune; 0, or the status of a
 * panic in f. */
static int call_rune_func(VM *vm, Value f, int32_t r, Value *out)
{
    Value arg = {.i = r};
    return vm_call_closure(vm, f.p, &arg, 1, out, 1, "RR");
}

/* The byte index of the first (or last) rune of s for which f says
 * want, or -1; the status of a panic in f. */
static int index_func(VM *vm, size_t at, bool want, bool last, int64_t *found)
{
    size_t n = N(0);
    *found = -1;
    if (last) {
        for (size_t end = n; end > 0;) {
            int32_t r;
            size_t start = prev_rune(S(0), end, &r);
            Value res;
            if (call_rune_func(vm, ARG(1), r, &res) != 0)
                return 2;
            if ((res.u != 0) == want) {
                *found = (int64_t)start;
                return 0;
            }
            end = start;
        }
        return 0;
    }
    for (size_t i = 0; i < n;) {
        int32_t r;
        size_t w = next_rune(S(0), n, i, &r);
        Value res;
        if (call_rune_func(vm, ARG(1), r, &res) != 0)
            return 2;
        if ((res.u != 0) == want) {
            *found = (int64_t)i;
            return 0;
        }
        i += w;
    }
    return 0;
}

static int s_index_func(VM *vm, size_t at, uint32_t nargs)
{
    int64_t i;
    if (index_func(vm, at, true, false, &i) != 0)
        return 2;
    RES(0).i = i;
    return 0;
}

static int s_last_index_func(VM *vm, size_t at, uint32_t nargs)
{
    int64_t i;
    if (index_func(vm, at, true, true, &i) != 0)
        return 2;
    RES(0).i = i;
    return 0;
}

static int s_contains_func(VM *vm, size_t at, uint32_t nargs)
{
    int64_t i;
    if (index_func(vm, at, true, false, &i) != 0)
        return 2;
    RES(0).u = i >= 0;
    return 0;
}

/* TrimLeftFunc, TrimRightFunc and TrimFunc: the runes f is true for,
 * cut from the ends asked; f runs from the left end first. */
static int trim_func(VM *vm, size_t at, uint32_t nargs, bool left, bool right)
{
    size_t from = 0, to = N(0);
    if (left) {
        int64_t i;
        if (index_func(vm, at, false, false, &i) != 0)
            return 2;
        from = i < 0 ? to : (size_t)i;
    }
    while (right && to > from) {
        int32_t r;
        size_t start = prev_rune(S(0), to, &r);
        Value res;
        if (call_rune_func(vm, ARG(1), r, &res) != 0)
            return 2;
        if (!res.u)
            break;
        to = start;
    }
    return ret_sub(vm, at, nargs, from, to);
}

static int s_trim_func(VM *vm, size_t at, uint32_t nargs) { return trim_func(vm, at, nargs, true, true); }
static int s_trim_left_func(VM *vm, size_t at, uint32_t nargs) { return trim_func(vm, at, nargs, true, false); }
static int s_trim_right_func(VM *vm, size_t at, uint32_t nargs) { return trim_func(vm, at, nargs, false, true); }

/* FieldsFunc: the runs of runes f is false for; f runs once per rune. */
static int s_fields_func(VM *vm, size_t at, uint32_t nargs)
{
    size_t n = N(0), k = 0, start = 0;
    bool in_field = false;
    size_t *from = xmalloc((n / 2 + 1) * sizeof *from), *to = xmalloc((n / 2 + 1) * sizeof *to);
    int st = 0;
    for (size_t i = 0; i < n;) {
        int32_t r;
        size_t w = next_rune(S(0), n, i, &r);
        Value res;
        if ((st = call_rune_func(vm, ARG(1), r, &res)) != 0)
            break;
        if (res.u && in_field) {
            from[k] = start, to[k++] = i;
            in_field = false;
        } else if (!res.u && !in_field) {
            start = i;
            in_field = true;
        }
        i += w;
    }
    if (st == 0 && in_field)
        from[k] = start, to[k++] = n;
    if (st == 0)
        st = ret_strings(vm, at, nargs, S(0), from, to, k);
    free(from);
    free(to);
    return st;
}

/* Map(mapping, s): each rune replaced by mapping's, dropped when it
 * gives a negative one. */
static int s_map(VM *vm, size_t at, uint32_t nargs)
{
    Buf b;
    buf_init(&b);
    size_t n = N(1);
    for (size_t i = 0; i < n;) {
        int32_t r;
        size_t w = next_rune(S(1), n, i, &r);
        Value res;
        if (call_rune_func(vm, ARG(0), r, &res) != 0) {
            buf_free(&b);
            return 2;
        }
        if (res.i >= 0)
            put_rune(&b, (int32_t)res.i);
        i += w;
    }
    return ret_buf(vm, at, nargs, &b);
}

/* ==== strings: more searching and cutting ================================ */

static int s_last_index_byte(VM *vm, size_t at, uint32_t nargs)
{
    const char *p = memrchr(S(0), (int)(ARG(1).u & 0xFF), N(0));
    RES(0).i = p ? p - S(0) : -1;
    return 0;
}

static int s_last_index_any(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).i = -1;
    if (N(1) == 0)
        return 0;
    for (size_t end = N(0); end > 0;) {
        int32_t r;
        size_t start = prev_rune(S(0), end, &r);
        if (index_rune(S(1), N(1), r) >= 0) {
            RES(0).i = (int64_t)start;
            return 0;
        }
        end = start;
    }
    return 0;
}

static int s_split_after_n(VM *vm, size_t at, uint32_t nargs) { return split(vm, at, nargs, ARG(2).i, true); }

/* CutPrefix and CutSuffix: (s without it, true), or (s, false). */
static int cut_end(VM *vm, size_t at, uint32_t nargs, bool prefix)
{
    size_t n = N(0), m = N(1);
    bool found = m <= n && memcmp(prefix ? S(0) : S(0) + n - m, S(1), m) == 0;
    RES(1).u = found;
    if (!found) {
        RES(0) = ARG(0);
        return 0;
    }
    return prefix ? ret_sub(vm, at, nargs, m, n) : ret_sub(vm, at, nargs, 0, n - m);
}

static int s_cut_prefix(VM *vm, size_t at, uint32_t nargs) { return cut_end(vm, at, nargs, true); }
static int s_cut_suffix(VM *vm, size_t at, uint32_t nargs) { return cut_end(vm, at, nargs, false); }

static int s_clone(VM *vm, size_t at, uint32_t nargs) { return ret_sub(vm, at, nargs, 0, N(0)); }

/* ==== strings.Replacer ================================================= */

/* A Replacer's one field is a []string of its old, new pairs. */
static int s_new_replacer(VM *vm, size_t at, uint32_t nargs)
{
    size_t n = slice_of(ARG(0).p, BC_REF) ? slice_len(ARG(0).p) : 0;
    if (n % 2)
        return nat_panic(vm, "strings.NewReplacer: odd argument count");
    static const uint8_t cls[1] = {BC_REF};
    uint32_t t = nat_struct_type(vm, "strings.Replacer", 1, cls);
    uint32_t st = nat_slice_type(vm, "[]string", nat_type(vm, "string", BK_STRING));
    Slice *pairs = nat_slice(vm, st, n);
    for (size_t i = 0; i < n; i++)
        slice_at(pairs, i)->p = slice_at(ARG(0).p, i)->p;
    gc_protect(vm, pairs);
    Agg *r = agg_zero(vm, &vm->types[t]);
    gc_unprotect(vm, 1);
    r->v[0].p = pairs;
    RES(0).p = r;
    return 0;
}

/* Replace: left to right, at each byte the first pair (in argument
 * order) whose old string is there; an empty old string matches at
 * every byte, once at each place. */
static int s_replacer_replace(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *r = agg_arg(ARG(0), 1);
    if (!r)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    const void *pairs = r->v[0].p;
    size_t np = slice_of(pairs, BC_REF) ? slice_len(pairs) / 2 : 0;
    const char *s = S(1);
    size_t n = N(1);
    Buf b;
    buf_init(&b);
    bool empty_matched = false;
    for (size_t i = 0; i <= n;) {
        size_t k = 0;
        for (; k < np; k++) {
            const void *old = slice_at(pairs, 2 * k)->p;
            size_t m = str_len(old);
            if (m == 0 ? !empty_matched : m <= n - i && memcmp(s + i, str_ptr(old), m) == 0)
                break;
        }
        if (k < np) {
            const void *old = slice_at(pairs, 2 * k)->p, *nw = slice_at(pairs, 2 * k + 1)->p;
            buf_append(&b, str_ptr(nw), str_len(nw));
            size_t m = str_len(old);
            empty_matched = m == 0;
            i += m;
            continue;
        }
        if (i == n)
            break;
        buf_putc(&b, s[i++]);   /* byte by byte, as Go's: "" matches inside a rune too */
        empty_matched = false;
    }
    return ret_buf(vm, at, nargs, &b);
}


const NativeDef natives_strings[] = {
    {"strings.IndexFunc", "PP", "R", s_index_func},
    {"strings.LastIndexFunc", "PP", "R", s_last_index_func},
    {"strings.ContainsFunc", "PP", "R", s_contains_func},
    {"strings.TrimFunc", "PP", "P", s_trim_func},
    {"strings.TrimLeftFunc", "PP", "P", s_trim_left_func},
    {"strings.TrimRightFunc", "PP", "P", s_trim_right_func},
    {"strings.FieldsFunc", "PP", "P", s_fields_func},
    {"strings.Map", "PP", "P", s_map},
    {"strings.LastIndexByte", "PR", "R", s_last_index_byte},
    {"strings.LastIndexAny", "PP", "R", s_last_index_any},
    {"strings.SplitAfterN", "PPR", "P", s_split_after_n},
    {"strings.CutPrefix", "PP", "PR", s_cut_prefix},
    {"strings.CutSuffix", "PP", "PR", s_cut_suffix},
    {"strings.Clone", "P", "P", s_clone},
    {"strings.NewReplacer", "P", "P", s_new_replacer},
    {"strings.(*Replacer).Replace", "PP", "P", s_replacer_replace},
    {"strings.Contains", "PP", "R", s_contains},
    {"strings.ContainsRune", "PR", "R", s_contains_rune},
    {"strings.ContainsAny", "PP", "R", s_contains_any},
    {"strings.HasPrefix", "PP", "R", s_has_prefix},
    {"strings.HasSuffix", "PP", "R", s_has_suffix},
    {"strings.Index", "PP", "R", s_index},
    {"strings.IndexByte", "PR", "R", s_index_byte},
    {"strings.IndexRune", "PR", "R", s_index_rune},
    {"strings.IndexAny", "PP", "R", s_index_any},
    {"strings.LastIndex", "PP", "R", s_last_index},
    {"strings.Count", "PP", "R", s_count},
    {"strings.EqualFold", "PP", "R", s_equal_fold},
    {"strings.Split", "PP", "P", s_split},
    {"strings.SplitN", "PPR", "P", s_split_n},
    {"strings.SplitAfter", "PP", "P", s_split_after},
    {"strings.Fields", "P", "P", s_fields},
    {"strings.Join", "PP", "P", s_join},
    {"strings.Repeat", "PR", "P", s_repeat},
    {"strings.Replace", "PPPR", "P", s_replace},
    {"strings.ReplaceAll", "PPP", "P", s_replace_all},
    {"strings.ToUpper", "P", "P", s_to_upper},
    {"strings.ToLower", "P", "P", s_to_lower},
    {"strings.ToTitle", "P", "P", s_to_title},
    {"strings.Title", "P", "P", s_title},
    {"strings.TrimSpace", "P", "P", s_trim_space},
    {"strings.Trim", "PP", "P", s_trim},
    {"strings.TrimLeft", "PP", "P", s_trim_left},
    {"strings.TrimRight", "PP", "P", s_trim_right},
    {"strings.TrimPrefix", "PP", "P", s_trim_prefix},
    {"strings.TrimSuffix", "PP", "P", s_trim_suffix},
    {"strings.Cut", "PP", "PPR", s_cut},
    {"strings.(*Builder).WriteString", "PP", "RP", b_write_string},
    {"strings.(*Builder).WriteByte", "PR", "P", b_write_byte},
    {"strings.(*Builder).WriteRune", "PR", "RP", b_write_rune},
    {"strings.(*Builder).Write", "PP", "RP", b_write},
    {"strings.(*Builder).String", "P", "P", b_string},
    {"strings.(*Builder).Len", "P", "R", b_len},
    {"strings.(*Builder).Reset", "P", "", b_reset},
    {"strings.(*Builder).Grow", "PR", "", b_grow},
    {NULL, NULL, NULL, NULL},
};

/* ==== strconv ========================================================= */

/* A *strconv.NumError{Func, Num, Err} as an error value; Err is
 * strconv.ErrSyntax or ErrRange. */
static Value num_error(VM *vm, const char *fn, const char *num, size_t n, bool range)
{
    const BcType *pt = &vm->types[vm->t_num_error];
    Agg *e = agg_zero(vm, &vm->types[pt->elem]);
    gc_protect(vm, e);
    e->v[0].p = nat_string(vm, fn, strlen(fn));
    e->v[1].p = nat_string(vm, num, n);
    e->v[2] = nat_sentinel(vm, range ? SENT_STRCONV_RANGE : SENT_STRCONV_SYNTAX);
    Iface *box = gc_alloc(vm, GC_IFACE, sizeof *box);
    gc_unprotect(vm, 1);
    box->type = vm->t_num_error;
    box->v.p = e;
    return (Value){.p = box};
}

/* (*NumError).Error: "strconv.Atoi: parsing \"x\": invalid syntax". */
static int num_error_error(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *e = agg_arg(ARG(0), 3);
    if (!e)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    Buf b;
    buf_init(&b);
    buf_printf(&b, "strconv.%.*s: parsing ", (int)str_len(e->v[0].p), str_ptr(e->v[0].p));
    strconv_quote(&b, str_ptr(e->v[1].p), str_len(e->v[1].p));
    buf_puts(&b, ": ");
    int st = nat_error_text(vm, e->v[2], &b);
    if (st != 0) {
        buf_free(&b);
        return st;
    }
    return ret_buf(vm, at, nargs, &b);
}

static int num_error_unwrap(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *e = agg_arg(ARG(0), 3);
    if (!e)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    RES(0) = e->v[2];
    return 0;
}

/* Go's ParseInt and ParseUint: a sign (ParseInt only); for base 0 a
 * prefix (0x, 0b, 0o, or 0 for octal) and '_' between digits; the
 * value must fit bits.  Returns 0 (with *range set when it does not
 * fit: *out is then the nearest limit), -1 for bad syntax, -2 for a
 * bad base. */
static int parse_int(const char *s, size_t n, int base, int bits, bool is_unsigned, int64_t *out, bool *range)
{
    size_t i = 0;
    bool neg = false;
    *range = false;
    if (n == 0)
        return -1;
    if (s[0] == '+' || s[0] == '-') {
        if (is_unsigned)
            return -1;
        neg = s[0] == '-';
        i++;
    }
    bool base0 = base == 0, after_digit = false;
    size_t digits = 0;
    if (base0) {
        base = 10;
        if (i < n && s[i] == '0') {
            char p = i + 1 < n ? (char)(s[i + 1] | 0x20) : 0;
            if (p == 'x' || p == 'b' || p == 'o') {
                base = p == 'x' ? 16 : p == 'b' ? 2 : 8;
                i += 2;
            } else {
                base = 8;
                i += 1;
                digits = 1;
            }
            after_digit = true;   /* '_' may follow a base prefix */
        }
    }
    if (base < 2 || base > 36)
        return -2;
    uint64_t v = 0;
    bool last_underscore = false;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '_' && base0) {
            if (!after_digit)
                return -1;
            after_digit = false;
            last_underscore = true;
            continue;
        }
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
        if (d >= base)
            return -1;
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
            *range = true;
        else
            v = v * (uint64_t)base + (uint64_t)d;
        digits++;
        after_digit = true;
        last_underscore = false;
    }
    if (digits == 0 || last_underscore)
        return -1;
    if (is_unsigned) {
        uint64_t limit = bits >= 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
        if (*range || v > limit) {
            *range = true;
            v = limit;
        }
        *out = (int64_t)v;
        return 0;
    }
    uint64_t max = bits >= 64 ? (uint64_t)INT64_MAX : (UINT64_C(1) << (bits - 1)) - 1;
    if (*range || (!neg && v > max) || (neg && v > max + 1)) {
        *range = true;
        *out = neg ? -(int64_t)max - 1 : (int64_t)max;
        return 0;
    }
    *out = neg ? (int64_t)(0 - v) : (int64_t)v;
    return 0;
}

static int conv_atoi(VM *vm, size_t at, uint32_t nargs)
{
    int64_t v;
    bool range;
    int r = parse_int(S(0), N(0), 10, 64, false, &v, &range);
    RES(0).i = r == 0 ? v : 0;
    RES(1).p = NULL;
    if (r != 0 || range)
        RES(1) = num_error(vm, "Atoi", S(0), N(0), range);
    return 0;
}

static int conv_parse_int(VM *vm, size_t at, uint32_t nargs, bool is_unsigned)
{
    int64_t v, base = ARG(1).i, bits = ARG(2).i;
    bool range;
    if (bits == 0)
        bits = 64;
    int r = bits < 1 || bits > 64 ? -2 : parse_int(S(0), N(0), (int)base, (int)bits, is_unsigned, &v, &range);
    RES(0).i = r == 0 ? v : 0;
    RES(1).p = NULL;
    if (r == -2) {
        Buf b;
        buf_init(&b);
        buf_printf(&b, "strconv.%s: parsing ", is_unsigned ? "ParseUint" : "ParseInt");
        strconv_quote(&b, S(0), N(0));
        buf_printf(&b, ": invalid %s %" PRId64, bits < 1 || bits > 64 ? "bit size" : "base",
                   bits < 1 || bits > 64 ? bits : base);
        RES(1) = nat_error(vm, (const char *)b.data, b.len);
        buf_free(&b);
    } else if (r != 0 || range) {
        RES(1) = num_error(vm, is_unsigned ? "ParseUint" : "ParseInt", S(0), N(0), range);
    }
    return 0;
}

static int conv_parse_int_s(VM *vm, size_t at, uint32_t nargs) { return conv_parse_int(vm, at, nargs, false); }
static int conv_parse_uint(VM *vm, size_t at, uint32_t nargs) { return conv_parse_int(vm, at, nargs, true); }

static int conv_parse_float(VM *vm, size_t at, uint32_t nargs)
{
    char tmp[512];
    size_t n = N(0);
    RES(0).f = 0;
    RES(1).p = NULL;
    bool ok = n > 0 && n < sizeof tmp;
    if (ok) {
        /* Go's syntax minus what strtod adds (hex floats need a p
         * exponent; "infinity", "inf" and "nan" in any case are Go's too). */
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (S(0)[i] != '_')
                tmp[k++] = S(0)[i];
        tmp[k] = '\0';
        char *end;
        errno = 0;
        /* strtof rounds once, straight to float32's nearest. */
        double f = ARG(1).i == 32 ? (double)strtof(tmp, &end) : strtod(tmp, &end);
        ok = *end == '\0' && k > 0 && !memchr(S(0), ' ', n);
        if (ok && errno == ERANGE && isinf(f)) {
            RES(0).f = f;
            RES(1) = num_error(vm, "ParseFloat", S(0), N(0), true);
            return 0;
        }
        if (ok)
            RES(0).f = f;
    }
    if (!ok)
        RES(1) = num_error(vm, "ParseFloat", S(0), N(0), false);
    return 0;
}

static int conv_parse_bool(VM *vm, size_t at, uint32_t nargs)
{
    static const char *const t[] = {"1", "t", "T", "TRUE", "true", "True"}, *const f[] = {"0", "f", "F", "FALSE", "false", "False"};
    RES(1).p = NULL;
    for (int i = 0; i < 6; i++) {
        if (N(0) == strlen(t[i]) && memcmp(S(0), t[i], N(0)) == 0) {
            RES(0).u = 1;
            return 0;
        }
        if (N(0) == strlen(f[i]) && memcmp(S(0), f[i], N(0)) == 0) {
            RES(0).u = 0;
            return 0;
        }
    }
    RES(0).u = 0;
    RES(1) = num_error(vm, "ParseBool", S(0), N(0), false);
    return 0;
}

static void format_uint(Buf *b, uint64_t u, int base, bool neg)
{
    char d[72];
    size_t n = 0;
    do {
        d[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);
    if (neg)
        buf_putc(b, '-');
    while (n)
        buf_putc(b, d[--n]);
}

static int conv_format(VM *vm, size_t at, uint32_t nargs, bool is_unsigned, int64_t base)
{
    if (base < 2 || base > 36)
        return nat_panic(vm, "strconv: illegal AppendInt/FormatInt base");
    Buf b;
    buf_init(&b);
    int64_t v = ARG(0).i;
    if (!is_unsigned && v < 0)
        format_uint(&b, (uint64_t)0 - (uint64_t)v, (int)base, true);
    else
        format_uint(&b, (uint64_t)v, (int)base, false);
    return ret_buf(vm, at, nargs, &b);
}

static int conv_itoa(VM *vm, size_t at, uint32_t nargs) { return conv_format(vm, at, nargs, false, 10); }
static int conv_format_int(VM *vm, size_t at, uint32_t nargs) { return conv_format(vm, at, nargs, false, ARG(1).i); }
static int conv_format_uint(VM *vm, size_t at, uint32_t nargs) { return conv_format(vm, at, nargs, true, ARG(1).i); }

static int conv_format_bool(VM *vm, size_t at, uint32_t nargs)
{
    return ret_string(vm, at, nargs, ARG(0).u ? "true" : "false", ARG(0).u ? 4 : 5);
}

static int conv_format_float(VM *vm, size_t at, uint32_t nargs)
{
    double f = ARG(0).f;
    char verb = (char)ARG(1).u;
    int64_t prec = ARG(2).i, bits = ARG(3).i;
    Buf b;
    buf_init(&b);
    if (bits == 32)
        f = (double)(float)f;
    if (prec < 0 && (verb == 'g' || verb == 'G' || verb == 'e' || verb == 'E' || verb == 'f')) {
        if (verb == 'g' || verb == 'G') {
            fmt_float_shortest(&b, f, bits == 32 ? 32 : 64, verb);
        } else {
            /* Shortest digits in %e or %f form: try precisions. */
            char tmp[512];
            for (int p = 0; p < 400; p++) {
                snprintf(tmp, sizeof tmp, verb == 'e' ? "%.*e" : verb == 'E' ? "%.*E" : "%.*f", p, f);
                double back = strtod(tmp, NULL);
                if (bits == 32 ? (float)back == (float)f : back == f)
                    break;
            }
            buf_puts(&b, tmp);
        }
    } else if (isnan(f) || isinf(f)) {
        buf_puts(&b, isnan(f) ? "NaN" : f > 0 ? "+Inf" : "-Inf");
    } else {
        char tmp[512], cf[8];
        snprintf(cf, sizeof cf, "%%.*%c", verb == 'E' || verb == 'G' || verb == 'e' || verb == 'g' ? verb : 'f');
        snprintf(tmp, sizeof tmp, cf, (int)(prec > 300 ? 300 : prec), f);
        buf_puts(&b, tmp);
    }
    return ret_buf(vm, at, nargs, &b);
}

static int conv_quote(VM *vm, size_t at, uint32_t nargs)
{
    Buf b;
    buf_init(&b);
    strconv_quote(&b, S(0), N(0));
    return ret_buf(vm, at, nargs, &b);
}

/* ==== strconv: quoting ================================================== */

static int conv_quote_rune(VM *vm, size_t at, uint32_t nargs)
{
    Buf b;
    buf_init(&b);
    strconv_quote_rune(&b, (int32_t)ARG(0).i);
    return ret_buf(vm, at, nargs, &b);
}

static int hex_digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* One character of a quoted literal at s[*i] (quote is its quote):
 * appended to out; false for bad syntax.  As strconv.UnquoteChar. */
static bool unquote_char(const char *s, size_t n, size_t *i, char quote, Buf *out)
{
    unsigned char c = (unsigned char)s[*i];
    if (c == (unsigned char)quote && (quote == '\'' || quote == '"'))
        return false;
    if (c >= 0x80) {
        int32_t r;
        size_t w = next_rune(s, n, *i, &r);
        buf_append(out, s + *i, w);   /* as it is, valid or not */
        *i += w;
        return true;
    }
    if (c != '\\') {
        buf_putc(out, (char)c);
        (*i)++;
        return true;
    }
    if (*i + 1 >= n)
        return false;
    char e = s[*i + 1];
    *i += 2;
    static const char from[] = "abfnrtv\\", to[] = "\a\b\f\n\r\t\v\\";
    const char *p = e ? strchr(from, e) : NULL;
    if (p) {
        buf_putc(out, to[p - from]);
        return true;
    }
    if (e == '\'' || e == '"') {
        if (e != quote)
            return false;
        buf_putc(out, e);
        return true;
    }
    int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : e >= '0' && e <= '7' ? 3 : 0;
    if (digits == 0)
        return false;
    uint32_t v = 0;
    if (e >= '0' && e <= '7') {
        (*i)--;   /* the first octal digit is e itself */
        for (int k = 0; k < 3; k++, (*i)++) {
            if (*i >= n || s[*i] < '0' || s[*i] > '7')
                return false;
            v = v * 8 + (uint32_t)(s[*i] - '0');
        }
        if (v > 255)
            return false;
        buf_putc(out, (char)v);
        return true;
    }
    for (int k = 0; k < digits; k++, (*i)++) {
        int h = *i < n ? hex_digit(s[*i]) : -1;
        if (h < 0)
            return false;
        v = v * 16 + (uint32_t)h;
    }
    if (e == 'x') {
        if (quote == '\'')
            put_rune(out, (int32_t)v);   /* '\xff' is the rune U+00FF */
        else
            buf_putc(out, (char)v);
        return true;
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return false;
    put_rune(out, (int32_t)v);
    return true;
}

/* strconv.Unquote: a Go string, raw string or rune literal's value, or
 * strconv.ErrSyntax. */
static int conv_unquote(VM *vm, size_t at, uint32_t nargs)
{
    const char *s = S(0);
    size_t n = N(0);
    Buf b;
    buf_init(&b);
    bool ok = n >= 2 && s[0] == s[n - 1] && (s[0] == '"' || s[0] == '\'' || s[0] == '`');
    if (ok && s[0] == '`') {
        for (size_t i = 1; ok && i + 1 < n; i++) {
            ok = s[i] != '`';
            if (s[i] != '\r')
                buf_putc(&b, s[i]);   /* Go drops carriage returns from raw strings */
        }
    } else if (ok) {
        size_t i = 1, runes = 0;
        while (ok && i + 1 < n) {
            ok = s[i] != '\n' && unquote_char(s, n - 1, &i, s[0], &b);
            runes++;
        }
        if (s[0] == '\'')
            ok = ok && runes == 1;
    }
    RES(1).p = NULL;
    if (!ok) {
        buf_free(&b);
        RES(0).p = nat_string(vm, "", 0);
        RES(1) = nat_sentinel(vm, SENT_STRCONV_SYNTAX);
        return 0;
    }
    return ret_buf(vm, at, nargs, &b);
}

/* dst (argument 0, a []byte) with n bytes appended, as append does. */
static int append_bytes(VM *vm, size_t at, uint32_t nargs, const char *p, size_t n)
{
    Slice *dst = slice_of(ARG(0).p, BC_SCALAR) ? ARG(0).p : NULL;
    uint32_t st = nat_slice_type(vm, "[]uint8", nat_type(vm, "uint8", BK_UINT8));
    size_t len = dst ? dst->len : 0;
    Slice *s = slice_grow(vm, &vm->types[st], dst, n);
    for (size_t i = 0; i < n; i++)
        slice_at(s, len + i)->u = (unsigned char)p[i];
    RES(0).p = s;
    return 0;
}

/* AppendInt: dst with i in base appended. */
static int conv_append_int(VM *vm, size_t at, uint32_t nargs)
{
    int64_t base = ARG(2).i;
    if (base < 2 || base > 36)
        return nat_panic(vm, "strconv: illegal AppendInt/FormatInt base");
    char digits[72];
    size_t k = sizeof digits;
    uint64_t u = ARG(1).i < 0 ? -(uint64_t)ARG(1).i : (uint64_t)ARG(1).i;
    do {
        digits[--k] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    if (ARG(1).i < 0)
        digits[--k] = '-';
    return append_bytes(vm, at, nargs, digits + k, sizeof digits - k);
}

const NativeDef natives_strconv[] = {
    {"strconv.QuoteRune", "R", "P", conv_quote_rune},
    {"strconv.Unquote", "P", "PP", conv_unquote},
    {"strconv.AppendInt", "PRR", "P", conv_append_int},
    {"strconv.(*NumError).Error", "P", "P", num_error_error},
    {"strconv.(*NumError).Unwrap", "P", "P", num_error_unwrap},
    {"strconv.Atoi", "P", "RP", conv_atoi},
    {"strconv.Itoa", "R", "P", conv_itoa},
    {"strconv.ParseInt", "PRR", "RP", conv_parse_int_s},
    {"strconv.ParseUint", "PRR", "RP", conv_parse_uint},
    {"strconv.ParseFloat", "PR", "RP", conv_parse_float},
    {"strconv.ParseBool", "P", "RP", conv_parse_bool},
    {"strconv.FormatInt", "RR", "P", conv_format_int},
    {"strconv.FormatUint", "RR", "P", conv_format_uint},
    {"strconv.FormatFloat", "RRRR", "P", conv_format_float},
    {"strconv.FormatBool", "R", "P", conv_format_bool},
    {"strconv.Quote", "P", "P", conv_quote},
    {NULL, NULL, NULL, NULL},
};

/* ==== unicode ========================================================= */

/* Each unicode function is common/unicode.h's of the same name. */
static int u_is_letter(VM *vm, size_t at, uint32_t nargs) { RES(0).u = unicode_is_letter((int32_t)ARG(0).i); return 0; }
static int u_is_digit(VM *vm, size_t at, uint32_t nargs) { RES(0).u = unicode_is_digit((int32_t)ARG(0).i); return 0; }
static int u_is_number(VM *vm, size_t at, uint32_t nargs) { RES(0).u = unicode_is_number((int32_t)ARG(0).i); return 0; }
static int u_is_space(VM *vm, size_t at, uint32_t nargs) { RES(0).u = unicode_is_space((int32_t)ARG(0).i); return 0; }
static int u_is_upper(VM *vm, size_t at, uint32_t nargs) { RES(0).u = unicode_is_upper((int32_t)ARG(0).i); return 0; }
static int u_is_lower(VM *vm, size_t at, uint32_t nargs) { RES(0).u = unicode_is_lower((int32_t)ARG(0).i); return 0; }
static int u_is_title(VM *vm, size_t at, uint32_t nargs) { RES(0).u = unicode_is_title((int32_t)ARG(0).i); return 0; }
static int u_is_punct(VM *vm, size_t at, uint32_t nargs) { RES(0).u = unicode_is_punct((int32_t)ARG(0).i); return 0; }
static int u_is_symbol(VM *vm, size_t at, uint32_t nargs) { RES(0).u = unicode_is_symbol((int32_t)ARG(0).i); return 0; }
static int u_is_mark(VM *vm, size_t at, uint32_t nargs) { RES(0).u = unicode_is_mark((int32_t)ARG(0).i); return 0; }
static int u_is_control(VM *vm, size_t at, uint32_t nargs) { RES(0).u = unicode_is_control((int32_t)ARG(0).i); return 0; }
static int u_is_print(VM *vm, size_t at, uint32_t nargs) { RES(0).u = unicode_is_print((int32_t)ARG(0).i); return 0; }
static int u_is_graphic(VM *vm, size_t at, uint32_t nargs) { RES(0).u = unicode_is_graphic((int32_t)ARG(0).i); return 0; }
static int u_to_upper(VM *vm, size_t at, uint32_t nargs) { RES(0).i = unicode_to_upper((int32_t)ARG(0).i); return 0; }
static int u_to_lower(VM *vm, size_t at, uint32_t nargs) { RES(0).i = unicode_to_lower((int32_t)ARG(0).i); return 0; }
static int u_to_title(VM *vm, size_t at, uint32_t nargs) { RES(0).i = unicode_to_title((int32_t)ARG(0).i); return 0; }
static int u_simple_fold(VM *vm, size_t at, uint32_t nargs) { RES(0).i = unicode_simple_fold((int32_t)ARG(0).i); return 0; }

const NativeDef natives_unicode[] = {
    {"unicode.IsLetter", "R", "R", u_is_letter},
    {"unicode.IsDigit", "R", "R", u_is_digit},
    {"unicode.IsNumber", "R", "R", u_is_number},
    {"unicode.IsSpace", "R", "R", u_is_space},
    {"unicode.IsUpper", "R", "R", u_is_upper},
    {"unicode.IsLower", "R", "R", u_is_lower},
    {"unicode.IsTitle", "R", "R", u_is_title},
    {"unicode.IsPunct", "R", "R", u_is_punct},
    {"unicode.IsSymbol", "R", "R", u_is_symbol},
    {"unicode.IsMark", "R", "R", u_is_mark},
    {"unicode.IsControl", "R", "R", u_is_control},
    {"unicode.IsPrint", "R", "R", u_is_print},
    {"unicode.IsGraphic", "R", "R", u_is_graphic},
    {"unicode.ToUpper", "R", "R", u_to_upper},
    {"unicode.ToLower", "R", "R", u_to_lower},
    {"unicode.ToTitle", "R", "R", u_to_title},
    {"unicode.SimpleFold", "R", "R", u_simple_fold},
    {NULL, NULL, NULL, NULL},
};
