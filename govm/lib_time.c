/* lib_time.c - the time package (a Time is wall-clock nanoseconds
 * since 1970 in its ext field; Durations print as Go's) and
 * unicode/utf8, natively. */
#include "natives.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "utf8.h"

/* ==== time ============================================================ */

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int make_time(VM *vm, size_t at, uint32_t nargs, int64_t ns)
{
    static const uint8_t cls[] = {BC_SCALAR, BC_SCALAR};
    uint32_t t = nat_struct_type(vm, "time.Time", 2, cls);
    Agg *o = agg_new(vm, &vm->types[t], vm->types[t].nfields);
    if (o->n >= 2)
        o->v[1].i = ns;
    RES(0).p = o;
    return 0;
}

static int64_t time_ns(Value t)
{
    const Agg *o = agg_arg(t, 2);
    return o ? o->v[1].i : 0;
}

static int t_now(VM *vm, size_t at, uint32_t nargs) { return make_time(vm, at, nargs, now_ns()); }
static int t_since(VM *vm, size_t at, uint32_t nargs) { RES(0).i = now_ns() - time_ns(ARG(0)); return 0; }
static int t_until(VM *vm, size_t at, uint32_t nargs) { RES(0).i = time_ns(ARG(0)) - now_ns(); return 0; }
static int t_sub(VM *vm, size_t at, uint32_t nargs) { RES(0).i = time_ns(ARG(0)) - time_ns(ARG(1)); return 0; }
static int t_add(VM *vm, size_t at, uint32_t nargs) { return make_time(vm, at, nargs, time_ns(ARG(0)) + ARG(1).i); }
static int t_before(VM *vm, size_t at, uint32_t nargs) { RES(0).u = time_ns(ARG(0)) < time_ns(ARG(1)); return 0; }
static int t_after(VM *vm, size_t at, uint32_t nargs) { RES(0).u = time_ns(ARG(0)) > time_ns(ARG(1)); return 0; }
static int t_equal(VM *vm, size_t at, uint32_t nargs) { RES(0).u = time_ns(ARG(0)) == time_ns(ARG(1)); return 0; }
/* Compare (Go 1.20): -1, 0 or +1 as t is before, at or after u. */
static int t_compare(VM *vm, size_t at, uint32_t nargs)
{
    int64_t t = time_ns(ARG(0)), u = time_ns(ARG(1));
    RES(0).i = t < u ? -1 : t > u;
    return 0;
}
static int t_unix(VM *vm, size_t at, uint32_t nargs) { RES(0).i = time_ns(ARG(0)) / 1000000000; return 0; }
static int t_unix_milli(VM *vm, size_t at, uint32_t nargs) { RES(0).i = time_ns(ARG(0)) / 1000000; return 0; }
static int t_unix_micro(VM *vm, size_t at, uint32_t nargs) { RES(0).i = time_ns(ARG(0)) / 1000; return 0; }
static int t_unix_nano(VM *vm, size_t at, uint32_t nargs) { RES(0).i = time_ns(ARG(0)); return 0; }

/* time.Sleep: the task sleeps while the others run. */
static int t_sleep(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    return task_sleep(vm, ARG(0).i);
}

/* time.After: a channel with room for one Time, which a timer sends on
 * when d has passed (the Time is that moment's). */
static int t_after_chan(VM *vm, size_t at, uint32_t nargs)
{
    int64_t when = now_ns() + (ARG(0).i > 0 ? ARG(0).i : 0);
    static const uint8_t cls[] = {BC_SCALAR, BC_SCALAR};
    uint32_t tt = nat_struct_type(vm, "time.Time", 2, cls);
    Chan *c = chan_new(vm, &vm->types[tt], 1);
    RES(0).p = c;   /* kept by the result register while the Time is made */
    Agg *o = agg_new(vm, &vm->types[tt], vm->types[tt].nfields);
    if (o->n >= 2)
        o->v[1].i = when;
    task_add_timer(vm, when, c, (Value){.p = o});
    return 0;
}

/* Go's Duration.String: "1h2m3.5s", "1.5ms", "0s". */
static int fmt_frac(char *buf, int w, uint64_t *v, int prec)
{
    bool print = false;
    for (int i = 0; i < prec; i++) {
        int digit = (int)(*v % 10);
        print = print || digit != 0;
        if (print)
            buf[--w] = (char)('0' + digit);
        *v /= 10;
    }
    if (print)
        buf[--w] = '.';
    return w;
}

static int fmt_int(char *buf, int w, uint64_t v)
{
    if (v == 0)
        buf[--w] = '0';
    while (v > 0) {
        buf[--w] = (char)('0' + v % 10);
        v /= 10;
    }
    return w;
}

static int d_string(VM *vm, size_t at, uint32_t nargs)
{
    int64_t d = ARG(0).i;
    char buf[40];
    int w = (int)sizeof buf;
    uint64_t u = d < 0 ? (uint64_t)0 - (uint64_t)d : (uint64_t)d;
    if (u < 1000000000) {
        int prec;
        buf[--w] = 's';
        if (u == 0) {
            RES(0).p = nat_string(vm, "0s", 2);
            return 0;
        } else if (u < 1000) {
            prec = 0;
            buf[--w] = 'n';
        } else if (u < 1000000) {
            prec = 3;
            buf[--w] = (char)0xB5;   /* U+00B5 in UTF-8: C2 B5 */
            buf[--w] = (char)0xC2;
        } else {
            prec = 6;
            buf[--w] = 'm';
        }
        w = fmt_frac(buf, w, &u, prec);
        w = fmt_int(buf, w, u);
    } else {
        buf[--w] = 's';
        w = fmt_frac(buf, w, &u, 9);
        w = fmt_int(buf, w, u % 60);
        u /= 60;
        if (u > 0) {
            buf[--w] = 'm';
            w = fmt_int(buf, w, u % 60);
            u /= 60;
            if (u > 0) {
                buf[--w] = 'h';
                w = fmt_int(buf, w, u);
            }
        }
    }
    if (d < 0)
        buf[--w] = '-';
    RES(0).p = nat_string(vm, buf + w, sizeof buf - (size_t)w);
    return 0;
}

static int d_hours(VM *vm, size_t at, uint32_t nargs)
{
    int64_t d = ARG(0).i;
    RES(0).f = (double)(d / 3600000000000) + (double)(d % 3600000000000) / 3.6e12;
    return 0;
}

static int d_minutes(VM *vm, size_t at, uint32_t nargs)
{
    int64_t d = ARG(0).i;
    RES(0).f = (double)(d / 60000000000) + (double)(d % 60000000000) / 6e10;
    return 0;
}

static int d_seconds(VM *vm, size_t at, uint32_t nargs)
{
    int64_t d = ARG(0).i;
    RES(0).f = (double)(d / 1000000000) + (double)(d % 1000000000) / 1e9;
    return 0;
}

static int d_ms(VM *vm, size_t at, uint32_t nargs) { RES(0).i = ARG(0).i / 1000000; return 0; }
static int d_us(VM *vm, size_t at, uint32_t nargs) { RES(0).i = ARG(0).i / 1000; return 0; }
static int d_ns(VM *vm, size_t at, uint32_t nargs) { RES(0).i = ARG(0).i; return 0; }

static int d_abs(VM *vm, size_t at, uint32_t nargs)
{
    int64_t d = ARG(0).i;
    RES(0).i = d >= 0 ? d : d == INT64_MIN ? INT64_MAX : -d;
    return 0;
}

static int d_truncate(VM *vm, size_t at, uint32_t nargs)
{
    int64_t d = ARG(0).i, m = ARG(1).i;
    RES(0).i = m <= 0 ? d : d - d % m;
    return 0;
}

static int d_round(VM *vm, size_t at, uint32_t nargs)
{
    int64_t d = ARG(0).i, m = ARG(1).i;
    if (m <= 0) {
        RES(0).i = d;
        return 0;
    }
    /* Halfway rounds away from zero; past the range, the nearest end
     * of it (in unsigned arithmetic, which cannot overflow). */
    int64_t r = d % m;
    if (d < 0)
        r = -r;
    bool less_than_half = (uint64_t)r + (uint64_t)r < (uint64_t)m;
    if (d < 0) {
        int64_t d1 = (int64_t)((uint64_t)d - (uint64_t)m + (uint64_t)r);
        RES(0).i = less_than_half ? d + r : d1 < d ? d1 : INT64_MIN;
    } else {
        int64_t d1 = (int64_t)((uint64_t)d + (uint64_t)m - (uint64_t)r);
        RES(0).i = less_than_half ? d - r : d1 > d ? d1 : INT64_MAX;
    }
    return 0;
}

/* ==== unicode/utf8 ==================================================== */

#define S(i) str_ptr(ARG(i).p)
#define N(i) str_len(ARG(i).p)

static size_t count_runes(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; c++) {
        size_t sz;
        utf8_decode((const unsigned char *)s + i, n - i, &sz);
        i += sz;
    }
    return c;
}

/* A []byte argument's bytes, copied. */
static char *bytes_of(Value s, size_t *n)
{
    *n = slice_len(s.p);
    char *p = xmalloc(*n ? *n : 1);
    for (size_t i = 0; i < *n; i++)
        p[i] = (char)slice_at(s.p, i)->u;
    return p;
}

static int u8_rune_len(VM *vm, size_t at, uint32_t nargs)
{
    int64_t r = ARG(0).i;
    RES(0).i = r < 0 ? -1 : r < 0x80 ? 1 : r < 0x800 ? 2 : (r >= 0xD800 && r <= 0xDFFF) ? -1 : r < 0x10000 ? 3
             : r <= 0x10FFFF ? 4 : -1;
    return 0;
}

static int u8_count_string(VM *vm, size_t at, uint32_t nargs) { RES(0).i = (int64_t)count_runes(S(0), N(0)); return 0; }

static int u8_count(VM *vm, size_t at, uint32_t nargs)
{
    size_t n;
    char *p = bytes_of(ARG(0), &n);
    RES(0).i = (int64_t)count_runes(p, n);
    free(p);
    return 0;
}

static void decode(const char *s, size_t n, Value *r, Value *size)
{
    if (n == 0) {
        r->i = 0xFFFD;
        size->i = 0;
        return;
    }
    size_t sz;
    int32_t c = utf8_decode((const unsigned char *)s, n, &sz);
    r->i = c == UTF8_INVALID ? 0xFFFD : c;
    size->i = (int64_t)sz;
}

static int u8_decode_string(VM *vm, size_t at, uint32_t nargs) { decode(S(0), N(0), &RES(0), &RES(1)); return 0; }

static int u8_decode(VM *vm, size_t at, uint32_t nargs)
{
    size_t n;
    char *p = bytes_of(ARG(0), &n);
    decode(p, n, &RES(0), &RES(1));
    free(p);
    return 0;
}

static void decode_last(const char *s, size_t n, Value *r, Value *size)
{
    if (n == 0) {
        r->i = 0xFFFD;
        size->i = 0;
        return;
    }
    size_t start = n - 1;
    while (start > 0 && n - start < 4 && ((unsigned char)s[start] & 0xC0) == 0x80)
        start--;
    size_t sz;
    int32_t c = utf8_decode((const unsigned char *)s + start, n - start, &sz);
    if (c == UTF8_INVALID || start + sz != n) {
        r->i = 0xFFFD;
        size->i = 1;
        return;
    }
    r->i = c;
    size->i = (int64_t)sz;
}

static int u8_decode_last_string(VM *vm, size_t at, uint32_t nargs) { decode_last(S(0), N(0), &RES(0), &RES(1)); return 0; }

static int u8_decode_last(VM *vm, size_t at, uint32_t nargs)
{
    size_t n;
    char *p = bytes_of(ARG(0), &n);
    decode_last(p, n, &RES(0), &RES(1));
    free(p);
    return 0;
}

/* FullRune: do the bytes begin with a whole encoding?  A byte no
 * encoding can continue from counts as whole (it decodes as U+FFFD). */
static bool full_rune(const unsigned char *p, size_t n)
{
    if (n == 0)
        return false;
    unsigned char c = p[0];
    size_t need = c < 0xC2 || c > 0xF4 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (n >= need)
        return true;
    unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (n > 1 && (p[1] < lo || p[1] > hi))
        return true;
    return n > 2 && (p[2] < 0x80 || p[2] > 0xBF);
}

static int u8_full_rune_string(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).u = full_rune((const unsigned char *)S(0), N(0));
    return 0;
}

static int u8_full_rune(VM *vm, size_t at, uint32_t nargs)
{
    size_t n;
    char *p = bytes_of(ARG(0), &n);
    RES(0).u = full_rune((const unsigned char *)p, n);
    free(p);
    return 0;
}

/* AppendRune: p with r's encoding appended (U+FFFD for a bad rune). */
static int u8_append_rune(VM *vm, size_t at, uint32_t nargs)
{
    int64_t r = ARG(1).i;
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    char enc[4];
    size_t k = utf8_encode_rune((uint32_t)r, enc);
    Slice *dst = slice_of(ARG(0).p, BC_SCALAR) ? ARG(0).p : NULL;
    uint32_t st = nat_slice_type(vm, "[]uint8", nat_type(vm, "uint8", BK_UINT8));
    size_t len = dst ? dst->len : 0;
    Slice *out = slice_grow(vm, &vm->types[st], dst, k);
    for (size_t i = 0; i < k; i++)
        slice_at(out, len + i)->u = (unsigned char)enc[i];
    RES(0).p = out;
    return 0;
}

static bool valid(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t sz;
        if (utf8_decode((const unsigned char *)s + i, n - i, &sz) == UTF8_INVALID)
            return false;
        i += sz;
    }
    return true;
}

static int u8_valid_string(VM *vm, size_t at, uint32_t nargs) { RES(0).u = valid(S(0), N(0)); return 0; }

static int u8_valid(VM *vm, size_t at, uint32_t nargs)
{
    size_t n;
    char *p = bytes_of(ARG(0), &n);
    RES(0).u = valid(p, n);
    free(p);
    return 0;
}

static int u8_valid_rune(VM *vm, size_t at, uint32_t nargs)
{
    int64_t r = ARG(0).i;
    RES(0).u = r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF);
    return 0;
}

static int u8_rune_start(VM *vm, size_t at, uint32_t nargs) { RES(0).u = (ARG(0).u & 0xC0) != 0x80; return 0; }

static int u8_encode(VM *vm, size_t at, uint32_t nargs)
{
    int64_t r = ARG(1).i;
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    char u8[4];
    size_t k = utf8_encode_rune((uint32_t)r, u8);
    if (!slice_of(ARG(0).p, BC_SCALAR))
        return nat_panic(vm, "govm: not a []byte");
    if (slice_len(ARG(0).p) < k)
        return nat_runtime_panic(vm, "index out of range [%zu] with length %zu", k - 1, slice_len(ARG(0).p));
    for (size_t i = 0; i < k; i++)
        slice_at(ARG(0).p, i)->u = (unsigned char)u8[i];
    RES(0).i = (int64_t)k;
    return 0;
}

const NativeDef natives_time[] = {
    {"time.Now", "", "P", t_now},
    {"time.Since", "P", "R", t_since},
    {"time.Until", "P", "R", t_until},
    {"time.Sleep", "R", "", t_sleep},
    {"time.After", "R", "P", t_after_chan},
    {"time.Time.Sub", "PP", "R", t_sub},
    {"time.Time.Add", "PR", "P", t_add},
    {"time.Time.Before", "PP", "R", t_before},
    {"time.Time.After", "PP", "R", t_after},
    {"time.Time.Equal", "PP", "R", t_equal},
    {"time.Time.Compare", "PP", "R", t_compare},
    {"time.Time.Unix", "P", "R", t_unix},
    {"time.Time.UnixMilli", "P", "R", t_unix_milli},
    {"time.Time.UnixMicro", "P", "R", t_unix_micro},
    {"time.Time.UnixNano", "P", "R", t_unix_nano},
    {"time.Duration.String", "R", "P", d_string},
    {"time.Duration.Hours", "R", "R", d_hours},
    {"time.Duration.Minutes", "R", "R", d_minutes},
    {"time.Duration.Seconds", "R", "R", d_seconds},
    {"time.Duration.Milliseconds", "R", "R", d_ms},
    {"time.Duration.Microseconds", "R", "R", d_us},
    {"time.Duration.Nanoseconds", "R", "R", d_ns},
    {"time.Duration.Abs", "R", "R", d_abs},
    {"time.Duration.Truncate", "RR", "R", d_truncate},
    {"time.Duration.Round", "RR", "R", d_round},
    {"unicode/utf8.RuneLen", "R", "R", u8_rune_len},
    {"unicode/utf8.RuneCountInString", "P", "R", u8_count_string},
    {"unicode/utf8.RuneCount", "P", "R", u8_count},
    {"unicode/utf8.DecodeRuneInString", "P", "RR", u8_decode_string},
    {"unicode/utf8.DecodeRune", "P", "RR", u8_decode},
    {"unicode/utf8.DecodeLastRuneInString", "P", "RR", u8_decode_last_string},
    {"unicode/utf8.DecodeLastRune", "P", "RR", u8_decode_last},
    {"unicode/utf8.FullRune", "P", "R", u8_full_rune},
    {"unicode/utf8.FullRuneInString", "P", "R", u8_full_rune_string},
    {"unicode/utf8.AppendRune", "PR", "P", u8_append_rune},
    {"unicode/utf8.ValidString", "P", "R", u8_valid_string},
    {"unicode/utf8.Valid", "P", "R", u8_valid},
    {"unicode/utf8.ValidRune", "R", "R", u8_valid_rune},
    {"unicode/utf8.RuneStart", "R", "R", u8_rune_start},
    {"unicode/utf8.EncodeRune", "PR", "R", u8_encode},
    {NULL, NULL, NULL, NULL},
};
