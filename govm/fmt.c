/* fmt.c - Go's fmt: printing any value as %v, %+v and %#v do, every
 * common verb with its flags, width and precision, Stringer and error
 * methods, maps in sorted key order; and the natives Print, Println,
 * Printf, Sprint, Sprintln, Sprintf and Errorf.
 *
 * Printing recurses over a value's structure.  Values nest by value only
 * as deep as the bytecode reader allows (BC_MAX_VALUE_DEPTH); through
 * slices, maps and interfaces they can nest without bound, so the
 * printer stops at FMT_MAX_DEPTH with Go's stack overflow. */
#include "natives.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "unicode.h"
#include "utf8.h"

#define FMT_MAX_DEPTH 10000u

typedef struct Spec {
    bool minus, plus, sharp, space, zero;
    bool plusv;               /* %+v: field names (and no + signs) */
    int width, prec;          /* -1: not given */
    char verb;
} Spec;

typedef struct Printer {
    VM *vm;
    Buf *out;
    int st;                   /* 2 once a method panicked */
    uint32_t depth;
} Printer;

static const Spec plain_v = {false, false, false, false, false, false, -1, -1, 'v'};

/* ==== padding and numbers ============================================= */

static size_t rune_count(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* s padded to the width with spaces (zeros if asked, for numbers),
 * left-justified with '-'. */
/* zeros_ok: 0, or pad with zeros when the 0 flag asks (ZEROS_TEXT: no sign to keep first). */
#define ZEROS_TEXT 2
static void pad(Printer *p, const Spec *sp, const char *s, size_t n, int zeros_ok)
{
    size_t w = rune_count(s, n);
    if (sp->width < 0 || (size_t)sp->width <= w) {
        buf_append(p->out, s, n);
        return;
    }
    size_t fill = (size_t)sp->width - w;
    if (sp->minus) {
        buf_append(p->out, s, n);
        for (size_t i = 0; i < fill; i++)
            buf_putc(p->out, ' ');
        return;
    }
    if (sp->zero && zeros_ok) {
        /* Zeros go after a number's sign (a string has none: ZEROS_TEXT). */
        size_t sign = zeros_ok != ZEROS_TEXT && n > 0 && (s[0] == '-' || s[0] == '+' || s[0] == ' ') ? 1 : 0;
        buf_append(p->out, s, sign);
        for (size_t i = 0; i < fill; i++)
            buf_putc(p->out, '0');
        buf_append(p->out, s + sign, n - sign);
        return;
    }
    for (size_t i = 0; i < fill; i++)
        buf_putc(p->out, ' ');
    buf_append(p->out, s, n);
}

static void quote_rune_ascii(Buf *b, int32_t r, char q, bool ascii);

/* An integer as fmt's fmtInteger writes it: the 0 flag with a width
 * becomes a precision (so zeros go between the prefix and the digits),
 * then the prefixes, the sign, and space padding to the width. */
static void fmt_integer(Printer *p, const Spec *sp, uint64_t u, bool neg)
{
    int base = 10;
    const char *ds = "0123456789abcdefx";
    switch (sp->verb) {
    case 'b': base = 2; break;
    case 'o': case 'O': base = 8; break;
    case 'x': base = 16; break;
    case 'X': base = 16; ds = "0123456789ABCDEFX"; break;
    default: break;
    }
    Spec s2 = *sp;
    s2.zero = false;
    int prec = 0;
    if (sp->prec >= 0) {
        prec = sp->prec;
        if (prec == 0 && u == 0) {
            pad(p, &s2, "", 0, false);
            return;
        }
    } else if (sp->zero && !sp->minus && sp->width >= 0) {
        prec = sp->width;
        if (neg || sp->plus || sp->space)
            prec--;
    }
    /* Widths are at most a million (parse_num, int_arg). */
    char local[128];
    size_t size = (size_t)prec + 80;
    char *buf = size <= sizeof local ? local : xmalloc(size);
    size_t i = size;
    do {
        buf[--i] = ds[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);
    while (size - i < (size_t)prec)
        buf[--i] = '0';
    if (sp->sharp) {
        if (base == 2) { buf[--i] = 'b'; buf[--i] = '0'; }
        if (base == 8 && buf[i] != '0') buf[--i] = '0';
        if (base == 16) { buf[--i] = ds[16]; buf[--i] = '0'; }
    }
    if (sp->verb == 'O') { buf[--i] = 'o'; buf[--i] = '0'; }
    if (neg)
        buf[--i] = '-';
    else if (sp->plus)
        buf[--i] = '+';
    else if (sp->space)
        buf[--i] = ' ';
    pad(p, &s2, buf + i, size - i, false);
    if (buf != local)
        free(buf);
}

static void fmt_int(Printer *p, const Spec *sp, int64_t v, bool is_unsigned)
{
    switch (sp->verb) {
    case 'c': {
        Buf b;
        buf_init(&b);
        int64_t r = v;
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
            r = 0xFFFD;
        char u8[4];
        buf_append(&b, u8, utf8_encode_rune((uint32_t)r, u8));
        pad(p, sp, (const char *)b.data, b.len, false);
        buf_free(&b);
        return;
    }
    case 'q': {
        Buf b;
        buf_init(&b);
        quote_rune_ascii(&b, (int32_t)v, '\'', sp->plus);
        pad(p, sp, (const char *)b.data, b.len, false);
        buf_free(&b);
        return;
    }
    case 'U': {
        char s[32];
        int n = snprintf(s, sizeof s, "U+%04" PRIX64, (uint64_t)v);
        if (sp->sharp && v >= 0 && v <= 0x10FFFF && utf8_is_print((int32_t)v)) {
            char u8[4];
            size_t k = utf8_encode_rune((uint32_t)v, u8);
            n += snprintf(s + n, sizeof s - (size_t)n, " '%.*s'", (int)k, u8);
        }
        pad(p, sp, s, (size_t)n, false);
        return;
    }
    default: break;
    }
    if (is_unsigned || v >= 0)
        fmt_integer(p, sp, (uint64_t)v, false);
    else
        fmt_integer(p, sp, (uint64_t)0 - (uint64_t)v, true);
}

/* The shortest decimal digits that read back as f (float32's when bits
 * is 32), with the decimal exponent: f = 0.d1d2... x 10^exp. */
static int shortest_digits(double f, unsigned bits, char *digits, int *exp)
{
    char tmp[40];
    int prec = 1;
    for (; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, f);
        double back = strtod(tmp, NULL);
        if (bits == 32 ? (float)back == (float)f : back == f)
            break;
    }
    int n = 0;
    for (const char *q = tmp; *q && *q != 'e'; q++)
        if (*q >= '0' && *q <= '9')
            digits[n++] = *q;
    digits[n] = '\0';
    *exp = atoi(strchr(tmp, 'e') + 1) + 1;
    /* Trailing zeros are not significant. */
    while (n > 1 && digits[n - 1] == '0')
        digits[--n] = '\0';
    return n;
}

/* %e form of digits d (n of them) with exponent exp: d.ddde+XX. */
static void put_exp_form(Buf *out, const char *d, int n, int exp, char e, bool sharp)
{
    buf_putc(out, d[0]);
    if (n > 1 || sharp)
        buf_putc(out, '.');
    buf_append(out, d + 1, (size_t)(n - 1));
    int x = exp - 1;
    buf_printf(out, "%c%c%02d", e, x < 0 ? '-' : '+', x < 0 ? -x : x);
}

void fmt_float_shortest(Buf *out, double f, unsigned bits, char verb)
{
    if (isnan(f)) {
        buf_puts(out, "NaN");
        return;
    }
    if (isinf(f)) {
        buf_puts(out, f > 0 ? "+Inf" : "-Inf");
        return;
    }
    if (signbit(f)) {
        buf_putc(out, '-');
        f = -f;
    }
    if (f == 0) {
        buf_putc(out, '0');
        return;
    }
    char d[40];
    int exp, n = shortest_digits(f, bits, d, &exp);
    /* strconv's shortest %g (which %v is): the %e form when the
     * exponent is below -4 or at least 6. */
    int eprec = 6;
    int x = exp - 1;
    if (x < -4 || x >= eprec) {
        put_exp_form(out, d, n, exp, verb == 'G' ? 'E' : 'e', false);
        return;
    }
    if (exp <= 0) {
        buf_puts(out, "0.");
        for (int i = 0; i < -exp; i++)
            buf_putc(out, '0');
        buf_append(out, d, (size_t)n);
    } else if (exp >= n) {
        buf_append(out, d, (size_t)n);
        for (int i = n; i < exp; i++)
            buf_putc(out, '0');
    } else {
        buf_append(out, d, (size_t)exp);
        buf_putc(out, '.');
        buf_append(out, d + exp, (size_t)(n - exp));
    }
}

static void fmt_float(Printer *p, const Spec *sp, double f, unsigned bits)
{
    Buf b;
    buf_init(&b);
    char verb = sp->verb;
    if (verb == 'v')
        verb = 'g';
    if (isnan(f) || isinf(f)) {
        const char *s = isnan(f) ? (sp->plus ? "+NaN" : sp->space ? " NaN" : "NaN")
                        : f > 0 ? (sp->space && !sp->plus ? " Inf" : "+Inf") : "-Inf";
        Spec s2 = *sp;
        s2.zero = false;
        pad(p, &s2, s, strlen(s), false);
        buf_free(&b);
        return;
    }
    if ((verb == 'g' || verb == 'G') && sp->prec < 0 && !sp->sharp) {
        if (sp->plus && !signbit(f))
            buf_putc(&b, '+');
        else if (sp->space && !signbit(f))
            buf_putc(&b, ' ');
        /* %v and %g print the shortest form that reads back. */
        Buf t;
        buf_init(&t);
        fmt_float_shortest(&t, f, bits, verb);
        buf_append(&b, t.data, t.len);
        buf_free(&t);
    } else {
        char cfmt[16], tmp[512];
        int prec = sp->prec >= 0 ? sp->prec : 6;
        if (prec > 400)
            prec = 400;
        snprintf(cfmt, sizeof cfmt, "%%%s%s%s.%d%c", sp->plus ? "+" : "", sp->space ? " " : "", sp->sharp ? "#" : "",
                 prec, verb == 'F' ? 'f' : verb);
        double g = bits == 32 ? (double)(float)f : f;
        snprintf(tmp, sizeof tmp, cfmt, g);
        /* C prints at least two exponent digits, as Go does. */
        buf_puts(&b, tmp);
    }
    pad(p, sp, (const char *)b.data, b.len, true);
    buf_free(&b);
}

/* ==== strings ========================================================= */

static void quote_rune_body_ascii(Buf *b, int32_t r, char q, bool ascii)
{
    switch (r) {
    case '\a': buf_puts(b, "\\a"); return;
    case '\b': buf_puts(b, "\\b"); return;
    case '\f': buf_puts(b, "\\f"); return;
    case '\n': buf_puts(b, "\\n"); return;
    case '\r': buf_puts(b, "\\r"); return;
    case '\t': buf_puts(b, "\\t"); return;
    case '\v': buf_puts(b, "\\v"); return;
    case '\\': buf_puts(b, "\\\\"); return;
    default: break;
    }
    if (r == q) {
        buf_putc(b, '\\');
        buf_putc(b, q);
        return;
    }
    if (r < 0x20 || r == 0x7F)
        buf_printf(b, "\\x%02x", (unsigned)r);
    else if (utf8_is_print(r) && (!ascii || r < 0x80)) {
        char u8[4];
        buf_append(b, u8, utf8_encode_rune((uint32_t)r, u8));
    } else if (r < 0x10000)
        buf_printf(b, "\\u%04x", (unsigned)r);
    else
        buf_printf(b, "\\U%08x", (unsigned)r);
}

static void quote_rune_ascii(Buf *b, int32_t r, char q, bool ascii)
{
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    buf_putc(b, q);
    quote_rune_body_ascii(b, r, q, ascii);
    buf_putc(b, q);
}

/* strconv.Quote: Go's escapes; invalid UTF-8 bytes as \x..; with
 * ascii (%+q, QuoteToASCII) every non-ASCII rune escaped too. */
static void quote_string_ascii(Buf *b, const char *s, size_t n, bool ascii);

static void quote_string(Buf *b, const char *s, size_t n)
{
    quote_string_ascii(b, s, n, false);
}

static void quote_string_ascii(Buf *b, const char *s, size_t n, bool ascii)
{
    buf_putc(b, '"');
    for (size_t i = 0; i < n;) {
        size_t size;
        int32_t r = utf8_decode((const unsigned char *)s + i, n - i, &size);
        if (r == UTF8_INVALID) {
            buf_printf(b, "\\x%02x", (unsigned char)s[i]);
            i++;
            continue;
        }
        quote_rune_body_ascii(b, r, '"', ascii);
        i += size;
    }
    buf_putc(b, '"');
}

/* strconv.CanBackquote: one line, no control characters but tab, no
 * backquote, valid UTF-8 without a byte order mark. */
static bool can_backquote(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t size;
        int32_t r = utf8_decode((const unsigned char *)s + i, n - i, &size);
        if (r == UTF8_INVALID || r == '`' || r == 0xFEFF || (r < 0x20 && r != '\t') || r == 0x7F)
            return false;
        i += size;
    }
    return true;
}

void strconv_quote_rune(Buf *b, int32_t r)
{
    quote_rune_ascii(b, r, '\'', false);
}

void strconv_quote(Buf *b, const char *s, size_t n);
void strconv_quote(Buf *b, const char *s, size_t n)
{
    quote_string(b, s, n);
}

static void fmt_hex_bytes(Buf *b, const Spec *sp, const char *s, size_t n)
{
    const char *ds = sp->verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        if (sp->space && i > 0)
            buf_putc(b, ' ');
        if (sp->sharp && (i == 0 || sp->space))
            buf_puts(b, sp->verb == 'X' ? "0X" : "0x");
        buf_putc(b, ds[(unsigned char)s[i] >> 4]);
        buf_putc(b, ds[(unsigned char)s[i] & 15]);
    }
}

static void fmt_string(Printer *p, const Spec *sp, const char *s, size_t n)
{
    if (sp->prec >= 0 && (sp->verb == 'x' || sp->verb == 'X') && (size_t)sp->prec < n)
        n = (size_t)sp->prec;   /* %x's precision counts input bytes */
    if (sp->prec >= 0 && (sp->verb == 's' || sp->verb == 'v' || sp->verb == 'q')) {
        /* Precision counts runes. */
        size_t i = 0, r = 0;
        while (i < n && r < (size_t)sp->prec) {
            size_t size;
            utf8_decode((const unsigned char *)s + i, n - i, &size);
            i += size;
            r++;
        }
        n = i;
    }
    Buf b;
    buf_init(&b);
    switch (sp->verb) {
    case 'q':
        if (sp->sharp && can_backquote(s, n)) {
            buf_putc(&b, '`');
            buf_append(&b, s, n);
            buf_putc(&b, '`');
        } else {
            quote_string_ascii(&b, s, n, sp->plus);
        }
        break;
    case 'x': case 'X': fmt_hex_bytes(&b, sp, s, n); break;
    default: buf_append(&b, s, n); break;
    }
    pad(p, sp, (const char *)b.data, b.len, ZEROS_TEXT);
    buf_free(&b);
}

/* ==== values ========================================================== */

static void print_value(Printer *p, const Spec *sp, uint32_t type, Value v, uint32_t depth, bool methods);
static void print_arg(Printer *p, const Spec *sp, Value arg);

static const BcType *T(Printer *p, uint32_t t)
{
    return &p->vm->types[t];
}

/* %!verb(type=value) for a verb that does not fit the value. */
static void bad_verb(Printer *p, const Spec *sp, uint32_t type, Value v, bool is_nil)
{
    buf_printf(p->out, "%%!%c(", sp->verb);
    if (is_nil) {
        buf_puts(p->out, "<nil>");
    } else {
        buf_printf(p->out, "%s=", T(p, type)->name);
        print_value(p, &plain_v, type, v, 1, false);
    }
    buf_putc(p->out, ')');
}

static bool is_int_kind(BcKind k)
{
    return k >= BK_INT && k <= BK_UINTPTR;
}

static bool is_unsigned_kind(BcKind k)
{
    return k >= BK_UINT && k <= BK_UINTPTR;
}

/* Go's order for printing map keys (internal/fmtsort). */
static int compare_values(Printer *p, uint32_t type, Value a, Value b)
{
    const BcType *t = T(p, type);
    switch (t->kind) {
    case BK_BOOL: return (int)a.u - (int)b.u;
    case BK_FLOAT32: case BK_FLOAT64:
        if (a.f < b.f) return -1;
        if (a.f > b.f) return 1;
        if (isnan(a.f) != isnan(b.f)) return isnan(a.f) ? -1 : 1;
        return 0;
    case BK_STRING: {
        size_t la = str_len(a.p), lb = str_len(b.p), n = la < lb ? la : lb;
        int c = n ? memcmp(str_ptr(a.p), str_ptr(b.p), n) : 0;
        return c ? c : (la < lb ? -1 : la > lb);
    }
    case BK_INTERFACE: {
        const Iface *x = iface_box(p->vm, a), *y = iface_box(p->vm, b);
        if (!x || !y)
            return !x && !y ? 0 : !x ? -1 : 1;
        if (x->type != y->type)
            return x->type < y->type ? -1 : 1;
        return compare_values(p, x->type, x->v, y->v);
    }
    case BK_STRUCT: {
        const Agg *x = a.p, *y = b.p;
        for (uint32_t i = 0; i < t->nfields; i++) {
            int c = compare_values(p, t->fields[i].type, x->v[i], y->v[i]);
            if (c)
                return c;
        }
        return 0;
    }
    case BK_ARRAY: {
        const Agg *x = a.p, *y = b.p;
        for (size_t i = 0; i < x->n; i++) {
            int c = compare_values(p, t->elem, x->v[i], y->v[i]);
            if (c)
                return c;
        }
        return 0;
    }
    default:
        if (is_unsigned_kind(t->kind))
            return a.u < b.u ? -1 : a.u > b.u;
        if (is_int_kind(t->kind))
            return a.i < b.i ? -1 : a.i > b.i;
        return (uintptr_t)a.p < (uintptr_t)b.p ? -1 : (uintptr_t)a.p > (uintptr_t)b.p;
    }
}

typedef struct SortCtx {
    Printer *p;
    uint32_t key;
    const MapEntry **e;
} SortCtx;

/* A small merge sort of map entries by key (qsort has no context). */
static void sort_entries(SortCtx *c, size_t n)
{
    if (n < 2)
        return;
    const MapEntry **tmp = xmalloc(n * sizeof *tmp);
    for (size_t w = 1; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = compare_values(c->p, c->key, c->e[j]->key, c->e[i]->key) < 0 ? c->e[j++] : c->e[i++];
            while (i < mid)
                tmp[k++] = c->e[i++];
            while (j < hi)
                tmp[k++] = c->e[j++];
        }
        memcpy(c->e, tmp, n * sizeof *tmp);
    }
    free(tmp);
}

/* Calls a String or Error method of the value's type, if it has one and
 * the verb prints strings; true if it printed. */
static bool handle_methods(Printer *p, const Spec *sp, uint32_t type, Value v)
{
    VM *vm = p->vm;
    bool gov = sp->sharp && sp->verb == 'v';
    if (!gov && !strchr("vsxXq", sp->verb))
        return false;
    uint32_t f;
    if (gov) {
        f = vm_method(vm, type, vm->m_gostring);
    } else {
        f = vm_method(vm, type, vm->m_error);
        if (f == BC_NO_FUNC)
            f = vm_method(vm, type, vm->m_string);
    }
    if (f == BC_NO_FUNC || !vm_func_fits(vm, f, 1, "P"))
        return false;
    Value res;
    if (p->st)
        return true;
    int st = vm_call(vm, f, &v, 1, &res, 1);
    if (st == 2 && vm->run.panicking) {
        /* fmt catches a panic in String or Error and prints it. */
        Value pv = vm->run.panic_value;
        vm->run.panicking = false;
        vm->run.panic_value.p = NULL;
        vm->run.nchain = 0;
        const BcType *t = &vm->types[type];
        if (t->kind == BK_POINTER && !v.p) {
            pad(p, sp, "<nil>", 5, false);
            return true;
        }
        buf_printf(p->out, "%%!%c(PANIC=%s method: ", sp->verb,
                   gov ? "GoString" : f == vm_method(vm, type, vm->m_error) ? "Error" : "String");
        print_arg(p, &plain_v, pv);
        buf_putc(p->out, ')');
        return true;
    }
    if (st != 0) {
        p->st = st;
        return true;
    }
    Spec s2 = *sp;
    if (s2.verb == 'v')
        s2.verb = 's';
    if (gov) {
        s2.sharp = false;   /* GoString's text, padded as %s pads */
        s2.verb = 's';
    }
    fmt_string(p, &s2, str_ptr(res.p), str_len(res.p));
    return true;
}

static void print_elems(Printer *p, const Spec *sp, uint32_t elem, const Value *vs, size_t n, uint32_t depth)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            buf_puts(p->out, sp->sharp && sp->verb == 'v' ? ", " : " ");
        print_value(p, sp, elem, vs[i], depth + 1, true);
    }
}

static void print_pointer_addr(Printer *p, const Spec *sp, const void *ptr)
{
    char s[40];
    int n = snprintf(s, sizeof s, "0x%" PRIxPTR, (uintptr_t)ptr);
    if (sp->verb == 'v' && sp->sharp) {
        buf_putc(p->out, '(');
        buf_puts(p->out, "");
    }
    pad(p, sp, s, (size_t)n, false);
}

static void print_value(Printer *p, const Spec *sp, uint32_t type, Value v, uint32_t depth, bool methods)
{
    VM *vm = p->vm;
    const BcType *t = T(p, type);
    if (depth > FMT_MAX_DEPTH) {
        buf_puts(p->out, "...");
        return;
    }
    if (sp->verb == 'T') {
        fmt_string(p, sp, t->name, strlen(t->name));
        return;
    }
    if (t->kind != BK_INTERFACE && !payload_fits(vm, type, v)) {
        buf_puts(p->out, "%!v(BADVALUE)");   /* only a forged file can get here */
        return;
    }
    if (sp->verb == 'p') {
        if (t->cls == BC_REF && t->kind != BK_STRING && t->kind != BK_INTERFACE)
            print_pointer_addr(p, sp, v.p);
        else
            bad_verb(p, sp, type, v, false);
        return;
    }
    if (t->kind == BK_INTERFACE) {
        const Iface *box = iface_box(vm, v);
        if (!box) {
            if (sp->sharp && sp->verb == 'v')
                buf_printf(p->out, "%s(nil)", t->name);
            else
                pad(p, sp, "<nil>", 5, false);
            return;
        }
        print_value(p, sp, box->type, box->v, depth, methods);
        return;
    }
    if (methods && handle_methods(p, sp, type, v))
        return;
    bool gov = sp->sharp && sp->verb == 'v';
    switch (t->kind) {
    case BK_BOOL:
        if (sp->verb == 'v' || sp->verb == 't')
            pad(p, sp, v.u ? "true" : "false", v.u ? 4 : 5, false);
        else
            bad_verb(p, sp, type, v, false);
        return;
    case BK_FLOAT32: case BK_FLOAT64:
        if (gov)
            fmt_float(p, &plain_v, v.f, t->kind == BK_FLOAT32 ? 32 : 64);   /* %#v of a float is its %v */
        else if (strchr("vbeEfFgGxX", sp->verb))
            fmt_float(p, sp, v.f, t->kind == BK_FLOAT32 ? 32 : 64);
        else
            bad_verb(p, sp, type, v, false);
        return;
    case BK_STRING:
        if (gov)
            fmt_string(p, &(Spec){.verb = 'q', .width = sp->width, .prec = -1, .minus = sp->minus}, str_ptr(v.p),
                       str_len(v.p));
        else if (strchr("vsqxX", sp->verb))
            fmt_string(p, sp, str_ptr(v.p), str_len(v.p));
        else
            bad_verb(p, sp, type, v, false);
        return;
    case BK_STRUCT: {
        const Agg *o = v.p;
        if (gov)
            buf_puts(p->out, t->name);
        buf_putc(p->out, '{');
        for (uint32_t i = 0; i < t->nfields; i++) {
            if (i > 0)
                buf_puts(p->out, gov ? ", " : " ");
            if (sp->plusv || gov)
                buf_printf(p->out, "%s:", t->fields[i].name);
            /* Methods of unexported fields are not called (fmt cannot
             * reach them through reflection). */
            const char *fname = t->fields[i].name;
            size_t size;
            bool exported = unicode_is_upper(utf8_decode((const unsigned char *)fname, strlen(fname), &size));
            print_value(p, sp, t->fields[i].type, o->v[i], depth + 1, exported);
        }
        buf_putc(p->out, '}');
        return;
    }
    case BK_ARRAY: case BK_SLICE: {
        const BcType *e = T(p, t->elem);
        size_t n;
        const Value *vs;
        if (t->kind == BK_ARRAY) {
            const Agg *o = v.p;
            n = o->n;
            vs = o->v;
        } else {
            n = slice_len(v.p);
            vs = n ? slice_at(v.p, 0) : NULL;
        }
        if (e->kind == BK_UINT8 && strchr("sqxX", sp->verb)) {
            char *bytes = xmalloc(n ? n : 1);
            for (size_t i = 0; i < n; i++)
                bytes[i] = (char)vs[i].u;
            fmt_string(p, sp, bytes, n);
            free(bytes);
            return;
        }
        if (gov) {
            /* fmt spells a []byte's type []byte, not []uint8. */
            buf_puts(p->out, t->kind == BK_SLICE && e->kind == BK_UINT8 && strcmp(t->name, "[]uint8") == 0
                                 ? "[]byte" : t->name);
            if (t->kind == BK_SLICE && !v.p) {
                buf_puts(p->out, "(nil)");
                return;
            }
            buf_putc(p->out, '{');
            print_elems(p, sp, t->elem, vs, n, depth);
            buf_putc(p->out, '}');
            return;
        }
        buf_putc(p->out, '[');
        print_elems(p, sp, t->elem, vs, n, depth);
        buf_putc(p->out, ']');
        return;
    }
    case BK_MAP: {
        const Map *m = v.p;
        if (gov) {
            buf_puts(p->out, t->name);
            if (!m) {
                buf_puts(p->out, "(nil)");
                return;
            }
            buf_putc(p->out, '{');
        } else {
            buf_puts(p->out, "map[");
        }
        size_t n = m ? m->count : 0, k = 0;
        const MapEntry **es = xmalloc((n ? n : 1) * sizeof *es);
        for (size_t i = 0; m && i < m->nentries; i++)
            if (m->entries[i].live)
                es[k++] = &m->entries[i];
        SortCtx c = {p, t->key, es};
        sort_entries(&c, n);
        for (size_t i = 0; i < n; i++) {
            if (i > 0)
                buf_puts(p->out, gov ? ", " : " ");
            print_value(p, sp, t->key, es[i]->key, depth + 1, true);
            buf_putc(p->out, ':');
            print_value(p, sp, t->elem, es[i]->val, depth + 1, true);
        }
        free(es);
        buf_putc(p->out, gov ? '}' : ']');
        return;
    }
    case BK_POINTER: {
        if (!v.p) {
            if (gov)
                buf_printf(p->out, "(%s)(nil)", t->name);
            else
                pad(p, sp, "<nil>", 5, false);
            return;
        }
        const BcType *e = T(p, t->elem);
        if (depth == 0 && (e->kind == BK_STRUCT || e->kind == BK_ARRAY || e->kind == BK_SLICE || e->kind == BK_MAP) &&
            sp->verb == 'v') {
            buf_putc(p->out, '&');
            Value inner = v;
            if (!e->agg)
                inner = *((const Cell *)v.p)->slot;
            print_value(p, sp, t->elem, inner, depth + 1, true);
            return;
        }
        if (gov) {
            buf_printf(p->out, "(%s)", t->name);
            print_pointer_addr(p, &plain_v, v.p);
            return;
        }
        if (strchr("vxXdob", sp->verb) || sp->verb == 'p') {
            if (sp->verb == 'v')
                print_pointer_addr(p, sp, v.p);
            else
                fmt_int(p, sp, (int64_t)(uintptr_t)v.p, true);
        } else {
            bad_verb(p, sp, type, v, false);
        }
        return;
    }
    case BK_FUNC: case BK_CHAN:
        if (!v.p && gov)
            buf_printf(p->out, "(%s)(nil)", t->name);
        else if (!v.p)
            pad(p, sp, "<nil>", 5, false);
        else
            print_pointer_addr(p, sp, v.p);
        return;
    default:
        if (is_int_kind(t->kind)) {
            if (gov && is_unsigned_kind(t->kind)) {
                /* %#v of an unsigned integer is Go syntax in hex. */
                buf_printf(p->out, "0x%" PRIx64, v.u);
                return;
            }
            if (strchr("vdbcoOqxXU", sp->verb)) {
                Spec s2 = *sp;
                if (s2.verb == 'v')
                    s2.verb = 'd';
                fmt_int(p, &s2, v.i, is_unsigned_kind(t->kind));
            } else {
                bad_verb(p, sp, type, v, false);
            }
            return;
        }
        buf_printf(p->out, "?%s?", t->name);
        return;
    }
    (void)vm;
}

/* One operand (an interface value) with a verb. */
static void print_arg(Printer *p, const Spec *sp, Value arg)
{
    const Iface *box = iface_box(p->vm, arg);
    if (!box) {
        if (sp->verb == 'T' || sp->verb == 'v') {
            pad(p, sp, "<nil>", 5, false);
            return;
        }
        buf_printf(p->out, "%%!%c(<nil>)", sp->verb);
        return;
    }
    print_value(p, sp, box->type, box->v, 0, true);
}

static bool is_string_arg(const VM *vm, Value arg)
{
    const Iface *box = iface_box(vm, arg);
    return box && vm->types[box->type].kind == BK_STRING;
}

int fmt_sprint(VM *vm, Buf *out, const Value *args, size_t n, bool ln)
{
    Printer p = {vm, out, 0, 0};
    for (size_t i = 0; i < n && !p.st; i++) {
        /* Sprint puts a space between operands when neither is a
         * string; Sprintln always does. */
        if (i > 0 && (ln || (!is_string_arg(vm, args[i]) && !is_string_arg(vm, args[i - 1]))))
            buf_putc(out, ' ');
        print_arg(&p, &plain_v, args[i]);
    }
    if (ln)
        buf_putc(out, '\n');
    return p.st;
}

/* An int argument for * width or precision. */
static bool int_arg(const VM *vm, Value arg, int *out)
{
    const Iface *box = iface_box(vm, arg);
    if (!box || !is_int_kind(vm->types[box->type].kind))
        return false;
    int64_t v = box->v.i;
    if (v > 1000000 || v < -1000000)
        return false;
    *out = (int)v;
    return true;
}

/* A width or precision at f[*i], or -1 for none.  Like fmt, a number
 * past a million takes the rest of the format with it. */
static int parse_num(const char *f, size_t flen, size_t *i)
{
    int n = -1;
    for (; *i < flen && f[*i] >= '0' && f[*i] <= '9'; (*i)++) {
        n = (n < 0 ? 0 : n) * 10 + (f[*i] - '0');
        if (n > 1000000) {
            *i = flen;
            return -1;
        }
    }
    return n;
}

/* An argument index [n] at f[*i], if there is one: true when it names
 * one of the n arguments (then *argi is it).  A bad or out-of-range
 * index makes the verb print %!v(BADINDEX), as in fmt. */
static bool arg_index(const char *f, size_t flen, size_t *i, size_t n, size_t *argi, bool *reordered, bool *good)
{
    if (*i >= flen || f[*i] != '[')
        return false;
    *reordered = true;
    if (flen - *i < 3) {
        *i += 1;
        *good = false;
        return false;
    }
    size_t j = *i + 1;
    while (j < flen && f[j] != ']')
        j++;
    if (j == flen) {
        *i += 1;
        *good = false;
        return false;
    }
    size_t k = *i + 1;
    uint64_t idx = 0;
    for (; k < j && f[k] >= '0' && f[k] <= '9' && idx < 1000000; k++)
        idx = idx * 10 + (uint64_t)(f[k] - '0');
    bool ok = k == j && j > *i + 1;
    *i = j + 1;
    if (ok && idx >= 1 && idx <= n) {
        *argi = (size_t)idx - 1;
        return true;
    }
    *good = false;
    return ok;
}

int fmt_sprintf(VM *vm, Buf *out, const char *f, size_t flen, const Value *args, size_t n, bool errorf)
{
    Printer p = {vm, out, 0, 0};
    size_t argi = 0;
    bool reordered = false;
    for (size_t i = 0; i < flen && !p.st;) {
        if (f[i] != '%') {
            size_t j = i;
            while (j < flen && f[j] != '%')
                j++;
            buf_append(out, f + i, j - i);
            i = j;
            continue;
        }
        i++;
        Spec sp = {false, false, false, false, false, false, -1, -1, 0};
        for (; i < flen; i++) {
            char c = f[i];
            if (c == '-') { sp.minus = true; sp.zero = false; }
            else if (c == '+') sp.plus = true;
            else if (c == '#') sp.sharp = true;
            else if (c == ' ') sp.space = true;
            else if (c == '0') sp.zero = !sp.minus;
            else break;
        }
        /* Explicit argument indexes, as fmt allows them: %[2]d, %[1]*d,
         * %.[2]*f, %[3]*.[2]*[1]f. */
        bool good = true;
        bool after = arg_index(f, flen, &i, n, &argi, &reordered, &good);
        if (i < flen && f[i] == '*') {
            i++;
            if (argi < n && int_arg(vm, args[argi], &sp.width)) {
                if (sp.width < 0) {
                    sp.minus = true;
                    sp.zero = false;
                    sp.width = -sp.width;
                }
            } else {
                buf_puts(out, "%!(BADWIDTH)");
            }
            argi++;
            after = false;
        } else {
            sp.width = parse_num(f, flen, &i);
            if (after && sp.width >= 0)
                good = false;       /* %[3]2d */
        }
        if (i + 1 < flen && f[i] == '.') {
            i++;
            if (after)
                good = false;       /* %[3].2d */
            after = arg_index(f, flen, &i, n, &argi, &reordered, &good);
            if (i < flen && f[i] == '*') {
                i++;
                if (!(argi < n && int_arg(vm, args[argi], &sp.prec)) || sp.prec < 0) {
                    buf_puts(out, "%!(BADPREC)");
                    sp.prec = -1;
                }
                argi++;
                after = false;
            } else {
                sp.prec = parse_num(f, flen, &i);
                if (sp.prec < 0)
                    sp.prec = 0;
            }
        }
        if (!after)
            arg_index(f, flen, &i, n, &argi, &reordered, &good);
        if (i >= flen) {
            buf_puts(out, "%!(NOVERB)");
            break;
        }
        /* The verb: one rune. */
        size_t size;
        int32_t verb = utf8_decode((const unsigned char *)f + i, flen - i, &size);
        i += size;
        if (verb == '%') {
            buf_putc(out, '%');
            continue;
        }
        if (verb == UTF8_INVALID || verb > 0x7F)
            verb = '?';
        sp.verb = (char)verb;
        if (sp.verb == 'w' && argi < n) {
            /* %w is Errorf's, for an error operand: there it prints as %v. */
            const Iface *box = iface_box(vm, args[argi]);
            if (errorf && box && vm_method(vm, box->type, vm->m_error) != BC_NO_FUNC) {
                sp.verb = 'v';
            } else {
                buf_puts(out, "%!w(");
                if (box) {
                    buf_printf(out, "%s=", vm->types[box->type].name);
                    print_arg(&p, &plain_v, args[argi]);
                } else {
                    buf_puts(out, "<nil>");
                }
                buf_putc(out, ')');
                argi++;
                continue;
            }
        }
        if (sp.verb == 'v' && sp.plus) {
            sp.plus = false;
            sp.plusv = true;
        }
        if (!good) {
            buf_printf(out, "%%!%c(BADINDEX)", sp.verb);
            continue;
        }
        if (argi >= n) {
            buf_printf(out, "%%!%c(MISSING)", sp.verb);
            continue;
        }
        print_arg(&p, &sp, args[argi++]);
    }
    if (!reordered && argi < n && !p.st) {
        buf_puts(out, "%!(EXTRA ");
        for (size_t k = argi; k < n; k++) {
            if (k > argi)
                buf_puts(out, ", ");
            const Iface *box = iface_box(vm, args[k]);
            if (!box) {
                buf_puts(out, "<nil>");
                continue;
            }
            buf_printf(out, "%s=", vm->types[box->type].name);
            print_arg(&p, &plain_v, args[k]);
        }
        buf_putc(out, ')');
    }
    return p.st;
}

/* ==== the natives ===================================================== */

/* The interface values of a ...any slice, copied out of the heap (a
 * String method may run and move things). */
static Value *variadic(VM *vm, Value s, size_t *n)
{
    *n = slice_len(s.p);
    Value *vs = xmalloc((*n ? *n : 1) * sizeof *vs);
    for (size_t i = 0; i < *n; i++)
        vs[i] = *slice_at(s.p, i);
    (void)vm;
    return vs;
}

static int write_stdout(VM *vm, size_t at, uint32_t nargs, const Buf *b)
{
    if (b->len)
        fwrite(b->data, 1, b->len, vm->out);
    RES(0).i = (int64_t)b->len;
    RES(1).p = NULL;   /* a nil error */
    return 0;
}

static int print_common(VM *vm, size_t at, uint32_t nargs, bool ln, bool to_string)
{
    size_t n;
    Value *vs = variadic(vm, ARG(0), &n);
    Buf b;
    buf_init(&b);
    int st = fmt_sprint(vm, &b, vs, n, ln);
    free(vs);
    if (st == 0) {
        if (to_string)
            RES(0).p = nat_string(vm, (const char *)b.data, b.len);
        else
            st = write_stdout(vm, at, nargs, &b);
    }
    buf_free(&b);
    return st;
}

static int printf_common(VM *vm, size_t at, uint32_t nargs, int mode)
{
    size_t n;
    Value *vs = variadic(vm, ARG(1), &n);
    Buf b;
    buf_init(&b);
    GoString *f = ARG(0).p;
    int st = fmt_sprintf(vm, &b, str_ptr(f), str_len(f), vs, n, mode == 2);
    if (st == 0) {
        if (mode == 0) {
            st = write_stdout(vm, at, nargs, &b);
        } else if (mode == 1) {
            RES(0).p = nat_string(vm, (const char *)b.data, b.len);
        } else {
            /* Errorf: the first %w operand is what the error wraps. */
            Value wrapped = {0};
            const char *w = memchr(str_ptr(f), '%', str_len(f));
            bool has_w = false;
            for (size_t i = 0, k = 0; w && i + 1 < str_len(f); i++) {
                const char *s = str_ptr(f);
                if (s[i] != '%')
                    continue;
                if (s[i + 1] == '%') {
                    i++;
                    continue;
                }
                size_t j = i + 1;
                while (j < str_len(f) && strchr("+-# 0123456789.*[]", s[j]))
                    j++;
                if (j < str_len(f) && s[j] == 'w' && k < n) {
                    /* It wraps only an operand that is an error. */
                    const Iface *box = iface_box(vm, vs[k]);
                    if (box && vm_method(vm, box->type, vm->m_error) != BC_NO_FUNC) {
                        wrapped = vs[k];
                        has_w = true;
                    }
                    break;
                }
                k++;
                i = j;
            }
            RES(0) = has_w ? nat_wrap_error(vm, (const char *)b.data, b.len, wrapped)
                           : nat_error(vm, (const char *)b.data, b.len);
        }
    }
    free(vs);
    buf_free(&b);
    return st;
}

static int fmt_print(VM *vm, size_t at, uint32_t nargs) { return print_common(vm, at, nargs, false, false); }
static int fmt_println(VM *vm, size_t at, uint32_t nargs) { return print_common(vm, at, nargs, true, false); }
static int fmt_sprint_n(VM *vm, size_t at, uint32_t nargs) { return print_common(vm, at, nargs, false, true); }
static int fmt_sprintln_n(VM *vm, size_t at, uint32_t nargs) { return print_common(vm, at, nargs, true, true); }
static int fmt_printf(VM *vm, size_t at, uint32_t nargs) { return printf_common(vm, at, nargs, 0); }
static int fmt_sprintf_n(VM *vm, size_t at, uint32_t nargs) { return printf_common(vm, at, nargs, 1); }
static int fmt_errorf(VM *vm, size_t at, uint32_t nargs) { return printf_common(vm, at, nargs, 2); }

const NativeDef natives_fmt[] = {
    {"fmt.Print", "P", "RP", fmt_print},
    {"fmt.Println", "P", "RP", fmt_println},
    {"fmt.Printf", "PP", "RP", fmt_printf},
    {"fmt.Sprint", "P", "P", fmt_sprint_n},
    {"fmt.Sprintln", "P", "P", fmt_sprintln_n},
    {"fmt.Sprintf", "PP", "P", fmt_sprintf_n},
    {"fmt.Errorf", "PP", "P", fmt_errorf},
    {NULL, NULL, NULL, NULL},
};
