/* const.c - exact constant arithmetic for gocheck (see const.h).
 * The first half is a small big-integer library (Big: sign and magnitude,
 * 32-bit limbs); the second builds Go's constant kinds, operators,
 * conversions and go/constant's printing on top of it.  Every Big helper
 * returns a fresh value that the caller frees; nothing aliases and
 * nothing recurses. */
#include "const.h"
#include "lit.h"
#include "utf8.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef ConstBig Big;

/* ==== big integers ==================================================== */

static void big_free(Big *b)
{
    free(b->limbs);
    *b = (Big){0};
}

/* n zeroed limbs, len n: fill them, then big_trim. */
static Big big_alloc(uint32_t n)
{
    Big b = {0};
    if (n > 0) {
        b.limbs = xcalloc(n, sizeof *b.limbs);
        b.len = b.cap = n;
    }
    return b;
}

static void big_trim(Big *b)
{
    while (b->len > 0 && b->limbs[b->len - 1] == 0)
        b->len--;
    if (b->len == 0)
        b->neg = false;
}

static Big big_from_u64(uint64_t v, bool neg)
{
    Big b = big_alloc(2);
    b.limbs[0] = (uint32_t)v;
    b.limbs[1] = (uint32_t)(v >> 32);
    b.neg = neg;
    big_trim(&b);
    return b;
}

static Big big_copy(const Big *a)
{
    Big b = big_alloc(a->len);
    if (a->len > 0)
        memcpy(b.limbs, a->limbs, a->len * sizeof *a->limbs);
    b.neg = a->neg;
    return b;
}

static bool big_is_zero(const Big *a) { return a->len == 0; }

static bool big_is_one(const Big *a)
{
    return a->len == 1 && a->limbs[0] == 1 && !a->neg;
}

static uint32_t big_bitlen(const Big *a)
{
    if (a->len == 0)
        return 0;
    return (a->len - 1) * 32 + (32 - (uint32_t)__builtin_clz(a->limbs[a->len - 1]));
}

/* Compare magnitudes. */
static int mag_cmp(const Big *a, const Big *b)
{
    if (a->len != b->len)
        return a->len < b->len ? -1 : 1;
    for (uint32_t i = a->len; i-- > 0;)
        if (a->limbs[i] != b->limbs[i])
            return a->limbs[i] < b->limbs[i] ? -1 : 1;
    return 0;
}

static int big_cmp(const Big *a, const Big *b)
{
    if (a->neg != b->neg)
        return a->neg ? -1 : 1;
    int c = mag_cmp(a, b);
    return a->neg ? -c : c;
}

/* |a| + |b| */
static Big mag_add(const Big *a, const Big *b)
{
    if (a->len < b->len) {
        const Big *t = a;
        a = b, b = t;
    }
    Big r = big_alloc(a->len + 1);
    uint64_t carry = 0;
    for (uint32_t i = 0; i < a->len; i++) {
        carry += (uint64_t)a->limbs[i] + (i < b->len ? b->limbs[i] : 0);
        r.limbs[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r.limbs[a->len] = (uint32_t)carry;
    big_trim(&r);
    return r;
}

/* |a| - |b|, for |a| >= |b| */
static Big mag_sub(const Big *a, const Big *b)
{
    Big r = big_alloc(a->len);
    uint64_t borrow = 0;
    for (uint32_t i = 0; i < a->len; i++) {
        uint64_t d = (uint64_t)a->limbs[i] - (i < b->len ? b->limbs[i] : 0) - borrow;
        r.limbs[i] = (uint32_t)d;
        borrow = d >> 63;
    }
    big_trim(&r);
    return r;
}

/* a + b, or a - b when negate_b. */
static Big big_add(const Big *a, const Big *b, bool negate_b)
{
    bool b_neg = b->neg != negate_b;
    Big r;
    if (a->neg == b_neg) {
        r = mag_add(a, b);
        r.neg = a->neg;
    } else if (mag_cmp(a, b) >= 0) {
        r = mag_sub(a, b);
        r.neg = a->neg;
    } else {
        r = mag_sub(b, a);
        r.neg = b_neg;
    }
    big_trim(&r);
    return r;
}

/* Schoolbook: operands are at most CONST_MAX_RAT_BITS long. */
static Big big_mul(const Big *a, const Big *b)
{
    if (a->len == 0 || b->len == 0)
        return (Big){0};
    Big r = big_alloc(a->len + b->len);
    for (uint32_t i = 0; i < a->len; i++) {
        uint64_t carry = 0;
        for (uint32_t j = 0; j < b->len; j++) {
            carry += (uint64_t)a->limbs[i] * b->limbs[j] + r.limbs[i + j];
            r.limbs[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        r.limbs[i + b->len] = (uint32_t)carry;
    }
    r.neg = a->neg != b->neg;
    big_trim(&r);
    return r;
}

/* a = a * m + add, in place, on the magnitude. */
static void mag_mul_add_small(Big *a, uint32_t m, uint32_t add)
{
    uint64_t carry = add;
    for (uint32_t i = 0; i < a->len; i++) {
        carry += (uint64_t)a->limbs[i] * m;
        a->limbs[i] = (uint32_t)carry;
        carry >>= 32;
    }
    if (carry != 0) {
        if (a->len == a->cap) {
            a->cap = a->cap * 2 + 4;
            a->limbs = xrealloc(a->limbs, a->cap * sizeof *a->limbs);
        }
        a->limbs[a->len++] = (uint32_t)carry;
    }
}

/* a = |a| / d in place; returns the remainder. */
static uint32_t mag_div_small(Big *a, uint32_t d)
{
    uint64_t rem = 0;
    for (uint32_t i = a->len; i-- > 0;) {
        uint64_t cur = rem << 32 | a->limbs[i];
        a->limbs[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    big_trim(a);
    return (uint32_t)rem;
}

/* a << n on the magnitude; the sign is kept. */
static Big big_shl(const Big *a, uint32_t n)
{
    if (a->len == 0)
        return (Big){0};
    uint32_t w = n / 32, s = n % 32;
    Big r = big_alloc(a->len + w + 1);
    for (uint32_t i = 0; i < a->len; i++) {
        uint64_t v = (uint64_t)a->limbs[i] << s;
        r.limbs[i + w] |= (uint32_t)v;
        r.limbs[i + w + 1] |= (uint32_t)(v >> 32);
    }
    r.neg = a->neg;
    big_trim(&r);
    return r;
}

/* |a| >> n, the sign kept; *lost says whether any 1 bits fell off. */
static Big mag_shr(const Big *a, uint32_t n, bool *lost)
{
    uint32_t w = n / 32, s = n % 32;
    *lost = false;
    for (uint32_t i = 0; i < w && i < a->len; i++)
        *lost |= a->limbs[i] != 0;
    if (w >= a->len)
        return (Big){0};
    *lost |= (a->limbs[w] & ((1u << s) - 1)) != 0;
    Big r = big_alloc(a->len - w);
    for (uint32_t i = 0; i < r.len; i++) {
        uint64_t hi = i + w + 1 < a->len ? a->limbs[i + w + 1] : 0;
        r.limbs[i] = (uint32_t)((hi << 32 | a->limbs[i + w]) >> s);
    }
    r.neg = a->neg;
    big_trim(&r);
    return r;
}

/* floor(a / 2^n): Go's >> on constants is arithmetic (-7 >> 1 == -4). */
static Big big_shr_floor(const Big *a, uint32_t n)
{
    bool lost;
    Big r = mag_shr(a, n, &lost);
    if (a->neg && lost) {
        Big one = big_from_u64(1, false);
        Big t = mag_add(&r, &one);
        t.neg = true;
        big_free(&one);
        big_free(&r);
        r = t;
    }
    return r;
}

/* Knuth's algorithm D (as in Hacker's Delight, divmnu) for |a| / |b|,
 * a->len >= b->len >= 2.  Too long to split without hiding the algorithm:
 * normalise, one quotient limb per step, unnormalise the remainder. */
static void knuth_divmod(const Big *a, const Big *b, Big *q, Big *r)
{
    uint32_t m = a->len, n = b->len;
    int s = __builtin_clz(b->limbs[n - 1]);
    uint32_t *vn = xmalloc(n * sizeof *vn), *un = xmalloc((m + 1) * sizeof *un);
    uint32_t carry = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t v = (uint64_t)b->limbs[i] << s | carry;
        vn[i] = (uint32_t)v, carry = (uint32_t)(v >> 32);
    }
    carry = 0;
    for (uint32_t i = 0; i < m; i++) {
        uint64_t v = (uint64_t)a->limbs[i] << s | carry;
        un[i] = (uint32_t)v, carry = (uint32_t)(v >> 32);
    }
    un[m] = carry;
    *q = big_alloc(m - n + 1);
    for (uint32_t j = m - n + 1; j-- > 0;) {
        uint64_t top = (uint64_t)un[j + n] << 32 | un[j + n - 1];
        uint64_t qhat = top / vn[n - 1], rhat = top % vn[n - 1];
        while (qhat > UINT32_MAX || qhat * vn[n - 2] > (rhat << 32 | un[j + n - 2])) {
            qhat--, rhat += vn[n - 1];
            if (rhat > UINT32_MAX)
                break;
        }
        int64_t k = 0, t;
        for (uint32_t i = 0; i < n; i++) {
            uint64_t p = qhat * vn[i];
            t = (int64_t)un[i + j] - k - (int64_t)(p & UINT32_MAX);
            un[i + j] = (uint32_t)t;
            k = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)un[j + n] - k;
        un[j + n] = (uint32_t)t;
        q->limbs[j] = (uint32_t)qhat;
        if (t < 0) {   /* qhat was one too big: add b back */
            q->limbs[j]--;
            uint64_t c = 0;
            for (uint32_t i = 0; i < n; i++) {
                c += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (uint32_t)c, c >>= 32;
            }
            un[j + n] += (uint32_t)c;
        }
    }
    *r = big_alloc(n);
    for (uint32_t i = 0; i < n; i++)
        r->limbs[i] = (uint32_t)(((uint64_t)un[i + 1] << 32 | un[i]) >> s);
    big_trim(q);
    big_trim(r);
    free(vn);
    free(un);
}

/* |a| / |b| and |a| % |b|, b != 0; both results non-negative. */
static void mag_divmod(const Big *a, const Big *b, Big *q, Big *r)
{
    if (mag_cmp(a, b) < 0) {
        *q = (Big){0};
        *r = big_copy(a);
        r->neg = false;
    } else if (b->len == 1) {
        *q = big_copy(a);
        q->neg = false;
        *r = big_from_u64(mag_div_small(q, b->limbs[0]), false);
    } else {
        knuth_divmod(a, b, q, r);
    }
}

/* Go's / and %: the quotient truncated toward zero, the remainder with
 * the sign of the dividend. */
static void big_quo_rem(const Big *a, const Big *b, Big *q, Big *r)
{
    mag_divmod(a, b, q, r);
    q->neg = a->neg != b->neg;
    r->neg = a->neg;
    big_trim(q);
    big_trim(r);
}

/* a / b where b divides a exactly. */
static Big big_div_exact(const Big *a, const Big *b)
{
    Big q, r;
    big_quo_rem(a, b, &q, &r);
    big_free(&r);
    return q;
}

/* Euclid on magnitudes: gcd(0, b) is |b|. */
static Big big_gcd(const Big *a, const Big *b)
{
    Big x = big_copy(a), y = big_copy(b);
    x.neg = y.neg = false;
    while (y.len > 0) {
        Big q, r;
        mag_divmod(&x, &y, &q, &r);
        big_free(&q);
        big_free(&x);
        x = y;
        y = r;
    }
    big_free(&y);   /* zero, but it may still hold limbs */
    return x;
}

/* a as n limbs of two's complement (n > a->len). */
static void to_twos(const Big *a, uint32_t *w, uint32_t n)
{
    memset(w, 0, n * sizeof *w);
    if (a->len > 0)
        memcpy(w, a->limbs, a->len * sizeof *w);
    if (!a->neg)
        return;
    uint64_t carry = 1;
    for (uint32_t i = 0; i < n; i++) {
        carry += (uint32_t)~w[i];
        w[i] = (uint32_t)carry, carry >>= 32;
    }
}

/* Back from n limbs of two's complement; takes ownership of w. */
static Big from_twos(uint32_t *w, uint32_t n)
{
    Big r = {.limbs = w, .len = n, .cap = n, .neg = (w[n - 1] >> 31) != 0};
    if (r.neg) {
        uint64_t carry = 1;
        for (uint32_t i = 0; i < n; i++) {
            carry += (uint32_t)~w[i];
            w[i] = (uint32_t)carry, carry >>= 32;
        }
    }
    big_trim(&r);
    return r;
}

/* & | ^ &^ with Go's (and big.Int's) infinite two's complement. */
static Big big_bitop(ConstOp op, const Big *a, const Big *b)
{
    uint32_t n = (a->len > b->len ? a->len : b->len) + 1;
    uint32_t *x = xmalloc(n * sizeof *x), *y = xmalloc(n * sizeof *y);
    to_twos(a, x, n);
    to_twos(b, y, n);
    for (uint32_t i = 0; i < n; i++) {
        switch (op) {
        case CONST_AND: x[i] &= y[i]; break;
        case CONST_OR: x[i] |= y[i]; break;
        case CONST_XOR: x[i] ^= y[i]; break;
        default: x[i] &= ~y[i]; break;   /* CONST_AND_NOT */
        }
    }
    free(y);
    return from_twos(x, n);
}

/* The low 64 bits of |a|. */
static uint64_t mag_low64(const Big *a)
{
    uint64_t v = a->len > 0 ? a->limbs[0] : 0;
    return a->len > 1 ? v | (uint64_t)a->limbs[1] << 32 : v;
}

/* Is |a| a power of two (a lone 1 bit)? */
static bool mag_is_power_of_two(const Big *a)
{
    if (a->len == 0)
        return false;
    for (uint32_t i = 0; i + 1 < a->len; i++)
        if (a->limbs[i] != 0)
            return false;
    uint32_t top = a->limbs[a->len - 1];
    return (top & (top - 1)) == 0;
}

/* Do `bits`-bit integers (signed or not) hold a? */
static bool big_fits_bits(const Big *a, uint32_t bits, bool is_signed)
{
    uint32_t len = big_bitlen(a);
    if (!is_signed)
        return !a->neg && len <= bits;
    /* -2^(bits-1) is the one value of full length. */
    return len < bits || (a->neg && len == bits && mag_is_power_of_two(a));
}

/* ==== rounding to binary floating point =============================== */

/* n/d (magnitudes, n != 0) rounded to nearest, ties to even, with prec
 * significant bits and no bit below 2^min_lsb (subnormals): 53 and -1074
 * for float64, 24 and -149 for float32.  The result is exact in a double,
 * or an infinity for float64 overflow; float32's caller checks FLT_MAX. */
static double round_rat(const Big *n, const Big *d, int prec, int min_lsb)
{
    /* Scale so the quotient q has prec+3 or prec+4 bits: enough for the
     * rounding bit, with the remainder as the sticky bit. */
    long s = prec + 3 - ((long)big_bitlen(n) - (long)big_bitlen(d));
    Big a = s > 0 ? big_shl(n, (uint32_t)s) : big_copy(n);
    Big b = s < 0 ? big_shl(d, (uint32_t)-s) : big_copy(d);
    Big q, r;
    mag_divmod(&a, &b, &q, &r);
    bool sticky = !big_is_zero(&r);
    uint64_t qv = mag_low64(&q);
    big_free(&a), big_free(&b), big_free(&q), big_free(&r);

    long top = 63 - __builtin_clzll(qv) - s;   /* exponent of the leading bit */
    long lsb = top - prec + 1 > min_lsb ? top - prec + 1 : min_lsb;
    long drop = lsb + s;                        /* at least 3 */
    if (drop >= 64)
        return 0;                               /* below half the smallest subnormal */
    uint64_t kept = qv >> drop, rest = qv & ((1ull << drop) - 1), half = 1ull << (drop - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1))))
        kept++;
    return ldexp((double)kept, (int)(lsb < -2000 ? -2000 : lsb > 2000 ? 2000 : lsb));
}

/* ==== values ========================================================== */

static ConstVal unknown(void) { return (ConstVal){0}; }

static ConstVal make_int(Big b) { return (ConstVal){.kind = CONST_INT, .num = b}; }

static bool is_num(const ConstVal *v) { return v->kind == CONST_INT || v->kind == CONST_RAT; }

/* num/den in lowest terms with den > 0; takes ownership of both. */
static ConstVal make_rat(Big num, Big den)
{
    if (den.neg) {
        den.neg = false;
        num.neg = !num.neg;
        big_trim(&num);
    }
    Big g = big_gcd(&num, &den);
    if (!big_is_one(&g)) {
        Big n = big_div_exact(&num, &g), d = big_div_exact(&den, &g);
        big_free(&num), big_free(&den);
        num = n, den = d;
    }
    big_free(&g);
    return (ConstVal){.kind = CONST_RAT, .num = num, .den = den};
}

/* Apply the size limits to a fresh result. */
static ConstStatus limit(ConstVal *v)
{
    bool over = v->kind == CONST_INT ? big_bitlen(&v->num) > CONST_MAX_INT_BITS
              : v->kind == CONST_RAT && (big_bitlen(&v->num) > CONST_MAX_RAT_BITS ||
                                         big_bitlen(&v->den) > CONST_MAX_RAT_BITS);
    if (!over)
        return CONST_OK;
    const_free(v);
    return CONST_OVERFLOW;
}

/* A numeric value as numerator and denominator; one backs an INT's 1. */
static void rat_parts(const ConstVal *v, const Big **num, const Big **den, const Big *one)
{
    *num = &v->num;
    *den = v->kind == CONST_RAT ? &v->den : one;
}

ConstVal const_make_bool(bool b) { return (ConstVal){.kind = CONST_BOOL, .b = b}; }

ConstVal const_make_string(const char *s, size_t len)
{
    ConstVal v = {.kind = CONST_STRING, .len = len};
    v.str = xmalloc(len + 1);
    if (len > 0)
        memcpy(v.str, s, len);
    v.str[len] = '\0';
    return v;
}

ConstVal const_make_int64(int64_t v)
{
    uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    return make_int(big_from_u64(mag, v < 0));
}

ConstVal const_make_uint64(uint64_t v) { return make_int(big_from_u64(v, false)); }

ConstVal const_make_double(double d)
{
    if (!isfinite(d))
        return unknown();
    if (d == 0)
        return make_rat((Big){0}, big_from_u64(1, false));
    int e;
    double m = frexp(fabs(d), &e);                 /* d = m * 2^e, 0.5 <= m < 1 */
    Big num = big_from_u64((uint64_t)ldexp(m, 53), d < 0), den = big_from_u64(1, false);
    e -= 53;
    Big *scaled = e > 0 ? &num : &den;
    Big t = big_shl(scaled, (uint32_t)(e > 0 ? e : -e));
    big_free(scaled);
    *scaled = t;
    return make_rat(num, den);
}

ConstVal const_copy(const ConstVal *v)
{
    ConstVal c = *v;
    if (v->kind == CONST_STRING)
        return const_make_string(v->str, v->len);
    c.num = big_copy(&v->num);
    c.den = big_copy(&v->den);
    return c;
}

void const_free(ConstVal *v)
{
    free(v->str);
    big_free(&v->num);
    big_free(&v->den);
    *v = unknown();
}

int const_sign(const ConstVal *v)
{
    if (!is_num(v) || big_is_zero(&v->num))
        return 0;
    return v->num.neg ? -1 : 1;
}

/* ==== literals ======================================================== */

static unsigned digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10) : 99;
}

/* Skip 0x/0o/0b (or the 0 of a legacy octal) and give the base. */
static unsigned literal_base(const char *text, size_t len, size_t *i)
{
    *i = 0;
    if (len >= 2 && text[0] == '0') {
        switch (text[1] | 0x20) {
        case 'x': *i = 2; return 16;
        case 'o': *i = 2; return 8;
        case 'b': *i = 2; return 2;
        default: *i = 1; return 8;
        }
    }
    return 10;
}

ConstStatus const_make_int_lit(const char *text, size_t len, ConstVal *out)
{
    *out = unknown();
    if (len > CONST_MAX_LIT_LEN)
        return CONST_TOO_LONG;
    uint64_t small;
    LitStatus st = lit_int(text, len, &small);
    if (st == LIT_MALFORMED)
        return CONST_MALFORMED;
    if (st == LIT_OK) {
        *out = const_make_uint64(small);
        return CONST_OK;
    }
    /* Valid, but past 64 bits: read it again into a Big. */
    size_t i;
    unsigned base = literal_base(text, len, &i);
    Big b = {0};
    for (; i < len && big_bitlen(&b) <= CONST_MAX_INT_BITS; i++)
        if (text[i] != '_')
            mag_mul_add_small(&b, base, digit_value(text[i]));
    *out = make_int(b);
    return limit(out);
}

/* Read the mantissa digits of a checked float literal up to its exponent
 * letter; *frac counts the digits after the point. */
static Big float_mantissa(const char *text, size_t len, size_t *i, unsigned base, long *frac)
{
    Big m = {0};
    bool point = false;
    char exp_letter = base == 16 ? 'p' : 'e';
    *frac = 0;
    for (; *i < len && (text[*i] | 0x20) != exp_letter; (*i)++) {
        char c = text[*i];
        if (c == '_')
            continue;
        if (c == '.') {
            point = true;
            continue;
        }
        mag_mul_add_small(&m, base, digit_value(c));
        *frac += point;
    }
    return m;
}

/* The exponent after e or p; saturates far beyond any useful value. */
static long float_exponent(const char *text, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    i++;                                    /* the letter */
    bool neg = i < len && text[i] == '-';
    if (i < len && (text[i] == '-' || text[i] == '+'))
        i++;
    long e = 0;
    for (; i < len; i++)
        if (text[i] != '_' && e < 100000000)
            e = e * 10 + (text[i] - '0');
    return neg ? -e : e;
}

/* m * 10^e exactly, m != 0 with no trailing zero digit; takes m. */
static ConstStatus decimal_value(Big m, long e, ConstVal *out)
{
    /* m has no factor 10, so a denominator 10^k keeps 2^k or 5^k. */
    if (e > CONST_MAX_RAT_BITS / 3 || -e > CONST_MAX_RAT_BITS) {
        big_free(&m);
        return CONST_OVERFLOW;
    }
    Big p = big_from_u64(1, false);
    for (long k = 0; k < (e < 0 ? -e : e); k++)
        mag_mul_add_small(&p, 10, 0);
    if (e >= 0) {
        Big n = big_mul(&m, &p);
        big_free(&m), big_free(&p);
        *out = make_rat(n, big_from_u64(1, false));
    } else {
        *out = make_rat(m, p);
    }
    return limit(out);
}

/* m * 2^e exactly; takes m. */
static ConstStatus binary_value(Big m, long e, ConstVal *out)
{
    bool lost = false;
    while (!big_is_zero(&m) && (m.limbs[0] & 1) == 0) {   /* strip factors of 2 */
        Big t = mag_shr(&m, 1, &lost);
        big_free(&m);
        m = t, e++;
    }
    if (e > CONST_MAX_RAT_BITS || -e > CONST_MAX_RAT_BITS) {
        big_free(&m);
        return CONST_OVERFLOW;
    }
    Big one = big_from_u64(1, false);
    Big scaled = big_shl(e >= 0 ? &m : &one, (uint32_t)(e >= 0 ? e : -e));
    big_free(e >= 0 ? &m : &one);
    *out = e >= 0 ? make_rat(scaled, one) : make_rat(m, scaled);
    return limit(out);
}

ConstStatus const_make_float_lit(const char *text, size_t len, ConstVal *out)
{
    *out = unknown();
    if (len > CONST_MAX_LIT_LEN)
        return CONST_TOO_LONG;
    double ignored;
    if (lit_float(text, len, &ignored) == LIT_MALFORMED)
        return CONST_MALFORMED;
    bool hex = len >= 2 && text[0] == '0' && (text[1] | 0x20) == 'x';
    size_t i = hex ? 2 : 0;
    long frac;
    Big m = float_mantissa(text, len, &i, hex ? 16 : 10, &frac);
    long e = float_exponent(text, len, i);
    if (big_is_zero(&m)) {
        *out = make_rat(m, big_from_u64(1, false));
        return CONST_OK;
    }
    if (hex)
        return binary_value(m, e - 4 * frac, out);
    e -= frac;
    for (;;) {   /* strip trailing zero digits into the exponent */
        Big t = big_copy(&m);
        if (mag_div_small(&t, 10) != 0) {
            big_free(&t);
            break;
        }
        big_free(&m);
        m = t, e++;
    }
    return decimal_value(m, e, out);
}

ConstStatus const_make_rune_lit(const char *text, size_t len, ConstVal *out)
{
    int32_t r;
    *out = unknown();
    if (lit_rune(text, len, &r) != LIT_OK)
        return CONST_MALFORMED;
    *out = const_make_int64(r);
    return CONST_OK;
}

ConstStatus const_make_string_lit(const char *text, size_t len, ConstVal *out)
{
    Buf b;
    buf_init(&b);
    *out = unknown();
    ConstStatus st = CONST_MALFORMED;
    if (lit_string(text, len, &b) == LIT_OK) {
        *out = const_make_string((const char *)b.data, b.len);
        st = CONST_OK;
    }
    buf_free(&b);
    return st;
}

/* ==== operators ======================================================= */

const char *const_op_name(ConstOp op, bool unary)
{
    if (unary)
        return op == CONST_XOR ? "bitwise complement " : "";
    switch (op) {
    case CONST_ADD: return "addition ";
    case CONST_SUB: return "subtraction ";
    case CONST_XOR: return "bitwise XOR ";
    case CONST_MUL: return "multiplication ";
    case CONST_SHL: return "shift ";
    default: return "";
    }
}

/* ^x: -x-1, or for an unsigned type of prec bits, the low prec bits. */
static Big complement(const Big *x, unsigned prec)
{
    Big one = big_from_u64(1, false);
    Big nx = big_copy(x);
    nx.neg = !nx.neg;
    big_trim(&nx);
    Big r = big_add(&nx, &one, true);
    big_free(&nx);
    if (prec > 0) {
        Big p = big_shl(&one, prec), mask = big_add(&p, &one, true);
        Big low = big_bitop(CONST_AND, &r, &mask);
        big_free(&p), big_free(&mask), big_free(&r);
        r = low;
    }
    big_free(&one);
    return r;
}

ConstStatus const_unary(ConstOp op, const ConstVal *x, unsigned prec, ConstVal *out)
{
    *out = unknown();
    if (x->kind == CONST_UNKNOWN)
        return CONST_OK;
    if (op == CONST_NOT && x->kind == CONST_BOOL) {
        *out = const_make_bool(!x->b);
        return CONST_OK;
    }
    if ((op == CONST_ADD || op == CONST_SUB) && is_num(x)) {
        *out = const_copy(x);
        if (op == CONST_SUB && !big_is_zero(&out->num))
            out->num.neg = !out->num.neg;
        return CONST_OK;
    }
    if (op == CONST_XOR && x->kind == CONST_INT) {
        *out = make_int(complement(&x->num, prec));
        return limit(out);
    }
    return CONST_BAD_OPERAND;
}

static ConstStatus int_binary(ConstOp op, const Big *x, const Big *y, ConstVal *out)
{
    Big r, junk;
    switch (op) {
    case CONST_ADD: r = big_add(x, y, false); break;
    case CONST_SUB: r = big_add(x, y, true); break;
    case CONST_MUL: r = big_mul(x, y); break;
    case CONST_QUO:
    case CONST_REM:
        if (big_is_zero(y))
            return CONST_DIV_ZERO;
        if (op == CONST_QUO)
            big_quo_rem(x, y, &r, &junk);
        else
            big_quo_rem(x, y, &junk, &r);
        big_free(&junk);
        break;
    case CONST_AND:
    case CONST_OR:
    case CONST_XOR:
    case CONST_AND_NOT: r = big_bitop(op, x, y); break;
    default: return CONST_BAD_OPERAND;
    }
    *out = make_int(r);
    return limit(out);
}

/* a/b op c/d for + - * /, exactly. */
static ConstStatus rat_binary(ConstOp op, const ConstVal *x, const ConstVal *y, ConstVal *out)
{
    uint32_t one_limb = 1;
    const Big one = {.limbs = &one_limb, .len = 1, .cap = 1};
    const Big *a, *b, *c, *d;
    rat_parts(x, &a, &b, &one);
    rat_parts(y, &c, &d, &one);
    Big num, den;
    if (op == CONST_ADD || op == CONST_SUB) {
        Big ad = big_mul(a, d), cb = big_mul(c, b);
        num = big_add(&ad, &cb, op == CONST_SUB);
        den = big_mul(b, d);
        big_free(&ad), big_free(&cb);
    } else if (op == CONST_MUL) {
        num = big_mul(a, c);
        den = big_mul(b, d);
    } else if (op == CONST_QUO) {
        if (big_is_zero(c))
            return CONST_DIV_ZERO;
        num = big_mul(a, d);
        den = big_mul(b, c);
    } else {
        return CONST_BAD_OPERAND;
    }
    *out = make_rat(num, den);
    return limit(out);
}

static ConstStatus string_concat(const ConstVal *x, const ConstVal *y, ConstVal *out)
{
    if (x->len + y->len > CONST_MAX_STRING)
        return CONST_TOO_LONG;
    ConstVal r = {.kind = CONST_STRING, .len = x->len + y->len};
    r.str = xmalloc(r.len + 1);
    if (x->len > 0)
        memcpy(r.str, x->str, x->len);
    if (y->len > 0)
        memcpy(r.str + x->len, y->str, y->len);
    r.str[r.len] = '\0';
    *out = r;
    return CONST_OK;
}

ConstStatus const_binary(ConstOp op, const ConstVal *x, const ConstVal *y, ConstVal *out)
{
    *out = unknown();
    if (x->kind == CONST_UNKNOWN || y->kind == CONST_UNKNOWN)
        return CONST_OK;
    if (op >= CONST_EQL) {
        bool b;
        ConstStatus st = const_compare(op, x, y, &b);
        if (st == CONST_OK)
            *out = const_make_bool(b);
        return st;
    }
    if (op == CONST_SHL || op == CONST_SHR)
        return const_shift(op, x, y, out);
    if (x->kind == CONST_BOOL && y->kind == CONST_BOOL && (op == CONST_LAND || op == CONST_LOR)) {
        *out = const_make_bool(op == CONST_LAND ? x->b && y->b : x->b || y->b);
        return CONST_OK;
    }
    if (x->kind == CONST_STRING && y->kind == CONST_STRING && op == CONST_ADD)
        return string_concat(x, y, out);
    if (x->kind == CONST_INT && y->kind == CONST_INT)
        return int_binary(op, &x->num, &y->num, out);
    if (is_num(x) && is_num(y))
        return rat_binary(op, x, y, out);
    return CONST_BAD_OPERAND;
}

/* Is v a whole number (an INT, or a RAT with denominator 1)? */
static bool is_whole(const ConstVal *v)
{
    return v->kind == CONST_INT || (v->kind == CONST_RAT && big_is_one(&v->den));
}

ConstStatus const_shift(ConstOp op, const ConstVal *x, const ConstVal *count, ConstVal *out)
{
    *out = unknown();
    if (x->kind == CONST_UNKNOWN || count->kind == CONST_UNKNOWN)
        return CONST_OK;
    if (!is_num(x) || !is_num(count) || (op != CONST_SHL && op != CONST_SHR))
        return CONST_BAD_OPERAND;
    if (const_sign(count) < 0)
        return CONST_NEG_SHIFT;
    if (!is_whole(count) || big_bitlen(&count->num) > 32 ||
        mag_low64(&count->num) > CONST_MAX_SHIFT)
        return CONST_BAD_SHIFT;
    if (!is_whole(x))
        return CONST_BAD_OPERAND;   /* "shifted operand 1.5 must be integer" */
    uint32_t n = (uint32_t)mag_low64(&count->num);
    *out = make_int(op == CONST_SHL ? big_shl(&x->num, n) : big_shr_floor(&x->num, n));
    return limit(out);
}

/* x - y's sign for two numbers: a*d against c*b, as b, d > 0. */
static int num_cmp(const ConstVal *x, const ConstVal *y)
{
    if (x->kind == CONST_INT && y->kind == CONST_INT)
        return big_cmp(&x->num, &y->num);
    uint32_t one_limb = 1;
    const Big one = {.limbs = &one_limb, .len = 1, .cap = 1};
    const Big *a, *b, *c, *d;
    rat_parts(x, &a, &b, &one);
    rat_parts(y, &c, &d, &one);
    Big ad = big_mul(a, d), cb = big_mul(c, b);
    int r = big_cmp(&ad, &cb);
    big_free(&ad), big_free(&cb);
    return r;
}

static int string_cmp(const ConstVal *x, const ConstVal *y)
{
    size_t n = x->len < y->len ? x->len : y->len;
    int c = n > 0 ? memcmp(x->str, y->str, n) : 0;
    if (c != 0)
        return c < 0 ? -1 : 1;
    return x->len == y->len ? 0 : x->len < y->len ? -1 : 1;
}

ConstStatus const_compare(ConstOp op, const ConstVal *x, const ConstVal *y, bool *out)
{
    *out = false;
    if (x->kind == CONST_UNKNOWN || y->kind == CONST_UNKNOWN)
        return CONST_OK;
    int c;
    if (x->kind == CONST_BOOL && y->kind == CONST_BOOL && (op == CONST_EQL || op == CONST_NEQ))
        c = x->b == y->b ? 0 : 1;
    else if (x->kind == CONST_STRING && y->kind == CONST_STRING)
        c = string_cmp(x, y);
    else if (is_num(x) && is_num(y))
        c = num_cmp(x, y);
    else
        return CONST_BAD_OPERAND;
    switch (op) {
    case CONST_EQL: *out = c == 0; break;
    case CONST_NEQ: *out = c != 0; break;
    case CONST_LSS: *out = c < 0; break;
    case CONST_LEQ: *out = c <= 0; break;
    case CONST_GTR: *out = c > 0; break;
    case CONST_GEQ: *out = c >= 0; break;
    default: return CONST_BAD_OPERAND;
    }
    return CONST_OK;
}

/* ==== conversion and representability ================================= */

ConstStatus const_to_int(const ConstVal *v, ConstVal *out)
{
    *out = unknown();
    if (v->kind == CONST_UNKNOWN)
        return CONST_OK;
    if (!is_num(v))
        return CONST_BAD_OPERAND;
    if (!is_whole(v))
        return CONST_TRUNCATED;
    *out = make_int(big_copy(&v->num));
    return limit(out);
}

ConstStatus const_to_rat(const ConstVal *v, ConstVal *out)
{
    *out = unknown();
    if (v->kind == CONST_UNKNOWN)
        return CONST_OK;
    if (!is_num(v))
        return CONST_BAD_OPERAND;
    *out = v->kind == CONST_RAT ? const_copy(v) : make_rat(big_copy(&v->num), big_from_u64(1, false));
    return CONST_OK;
}

/* Bits and signedness of the integer targets; 0 bits for the others. */
static uint32_t target_bits(ConstTarget t, bool *is_signed)
{
    static const uint32_t bits[] = {
        [CONST_TO_INT8] = 8, [CONST_TO_INT16] = 16, [CONST_TO_INT32] = 32, [CONST_TO_INT64] = 64,
        [CONST_TO_UINT8] = 8, [CONST_TO_UINT16] = 16, [CONST_TO_UINT32] = 32, [CONST_TO_UINT64] = 64,
        [CONST_TO_UNTYPED_INT] = CONST_MAX_INT_BITS + 1,
    };
    *is_signed = t <= CONST_TO_INT64 || t == CONST_TO_UNTYPED_INT;
    return (size_t)t < sizeof bits / sizeof bits[0] ? bits[t] : 0;
}

/* v to float32 or float64: the rounded double, or an infinity. */
static double round_value(const ConstVal *v, bool is_float32)
{
    if (big_is_zero(&v->num))
        return 0;
    uint32_t one_limb = 1;
    const Big one = {.limbs = &one_limb, .len = 1, .cap = 1};
    const Big *n, *d;
    rat_parts(v, &n, &d, &one);
    double m = is_float32 ? round_rat(n, d, 24, -149) : round_rat(n, d, 53, -1074);
    if (is_float32 && m > FLT_MAX)
        m = INFINITY;
    return v->num.neg ? -m : m;
}

ConstFit const_represent(const ConstVal *v, ConstTarget t, ConstVal *out)
{
    *out = unknown();
    if (v->kind == CONST_UNKNOWN)
        return CONST_FIT_OK;
    if (!is_num(v))
        return CONST_FIT_NOT_NUMERIC;
    bool is_signed;
    uint32_t bits = target_bits(t, &is_signed);
    if (bits > 0) {
        /* go/types: a float constant an integer type cannot hold is
         * "truncated", even 1e100; an integer one "overflows". */
        if (!is_whole(v) || !big_fits_bits(&v->num, bits, is_signed))
            return v->kind == CONST_RAT ? CONST_FIT_TRUNCATED : CONST_FIT_OVERFLOWS;
        *out = make_int(big_copy(&v->num));
        return CONST_FIT_OK;
    }
    if (t == CONST_TO_UNTYPED_FLOAT)
        return const_to_rat(v, out) == CONST_OK ? CONST_FIT_OK : CONST_FIT_OVERFLOWS;
    double d = round_value(v, t == CONST_TO_FLOAT32);
    if (isinf(d))
        return CONST_FIT_OVERFLOWS;
    *out = const_make_double(d);
    return CONST_FIT_OK;
}

ConstFit const_fits(const ConstVal *v, ConstTarget t)
{
    ConstVal r;
    ConstFit fit = const_represent(v, t, &r);
    const_free(&r);
    return fit;
}

bool const_int64(const ConstVal *v, int64_t *out)
{
    *out = 0;
    if (!is_whole(v) || !big_fits_bits(&v->num, 64, true))
        return false;
    uint64_t mag = mag_low64(&v->num);
    *out = v->num.neg ? -(int64_t)(mag - 1) - 1 : (int64_t)mag;
    return true;
}

bool const_uint64(const ConstVal *v, uint64_t *out)
{
    *out = 0;
    if (!is_whole(v) || !big_fits_bits(&v->num, 64, false))
        return false;
    *out = mag_low64(&v->num);
    return true;
}

double const_double(const ConstVal *v)
{
    return is_num(v) ? round_value(v, false) : 0;
}

/* ==== printing, as go/constant's String =============================== */

/* Decimal, nine digits per division. */
static void format_big(const Big *a, Buf *out)
{
    if (big_is_zero(a)) {
        buf_putc(out, '0');
        return;
    }
    Big t = big_copy(a);
    uint32_t *chunks = xmalloc((a->len * 32 / 29 + 2) * sizeof *chunks);
    size_t n = 0;
    while (!big_is_zero(&t))
        chunks[n++] = mag_div_small(&t, 1000000000u);
    if (a->neg)
        buf_putc(out, '-');
    buf_printf(out, "%u", chunks[n - 1]);
    while (n-- > 1)
        buf_printf(out, "%09u", chunks[n - 1]);
    free(chunks);
    big_free(&t);
}

/* Go's %g (shortest digits that read back as x): only reached for
 * non-integers that %.6g printed without a point, like 1e+06. */
static void format_shortest_g(double x, Buf *out)
{
    char s[40];
    int digits = 1;
    for (; digits < 17; digits++) {
        snprintf(s, sizeof s, "%.*e", digits - 1, x);
        if (strtod(s, NULL) == x)
            break;
    }
    int exp = atoi(strchr(s, 'e') + 1);
    if (exp < -4 || exp >= 6)   /* strconv: eprec is 6 for shortest */
        buf_printf(out, "%.*e", digits - 1, x);
    else
        buf_printf(out, "%.*f", digits - 1 - exp > 0 ? digits - 1 - exp : 0, x);
}

/* Outside float64's range go/constant prints an approximation
 * "%.6ge%+d" from the binary exponent; this follows it step by step. */
static void format_huge_rat(const ConstVal *v, Buf *out)
{
    long exp = (long)big_bitlen(&v->num) - (long)big_bitlen(&v->den);
    Big n = exp < 0 ? big_shl(&v->num, (uint32_t)-exp) : big_copy(&v->num);
    Big d = exp > 0 ? big_shl(&v->den, (uint32_t)exp) : big_copy(&v->den);
    double m = round_rat(&n, &d, 53, -1074);   /* in [0.5, 2] */
    big_free(&n), big_free(&d);
    if (m >= 1)
        m /= 2, exp++;
    if (v->num.neg)
        m = -m;
    double dec = (double)exp * 0.30102999566398119521373889472449302676818988146211;
    long e = (long)dec;
    m *= pow(10, dec - (double)e);
    if (fabs(m) < 1 - 0.5e-6)
        m *= 10, e--;
    else if (fabs(m) >= 10)
        m /= 10, e++;
    buf_printf(out, "%.6ge%+ld", m, e);
}

static void format_rat(const ConstVal *v, Buf *out)
{
    double x = round_value(v, false);
    if (isinf(x) || (x == 0) != big_is_zero(&v->num)) {
        format_huge_rat(v, out);
        return;
    }
    char s[40];
    snprintf(s, sizeof s, "%.6g", x);
    if (!big_is_one(&v->den) && !strchr(s, '.'))
        format_shortest_g(x, out);
    else
        buf_puts(out, s);
}

/* One rune of strconv.Quote. */
static void quote_rune(Buf *q, const unsigned char *s, size_t len, size_t *size)
{
    int32_t r = utf8_decode(s, len, size);
    static const char esc[] = {['\a'] = 'a', ['\b'] = 'b', ['\f'] = 'f', ['\n'] = 'n',
                               ['\r'] = 'r', ['\t'] = 't', ['\v'] = 'v'};
    if (r == UTF8_INVALID)
        buf_printf(q, "\\x%02x", s[0]);
    else if (r == '"' || r == '\\')
        buf_printf(q, "\\%c", (char)r);
    else if (utf8_is_print(r))
        buf_append(q, s, *size);
    else if (r < (int32_t)sizeof esc && esc[r])
        buf_printf(q, "\\%c", esc[r]);
    else if (r < ' ' || r == 0x7f)
        buf_printf(q, "\\x%02x", (unsigned)r);
    else if (r < 0x10000)
        buf_printf(q, "\\u%04x", (unsigned)r);
    else
        buf_printf(q, "\\U%08x", (unsigned)r);
}

/* strconv.Quote, cut to 72 runes with "..." as go/constant does. */
static void format_string(const ConstVal *v, Buf *out)
{
    enum { MAX_RUNES = 72 };
    Buf q;
    buf_init(&q);
    buf_putc(&q, '"');
    const unsigned char *s = (const unsigned char *)v->str;
    for (size_t i = 0, size; i < v->len; i += size)
        quote_rune(&q, s + i, v->len - i, &size);
    buf_putc(&q, '"');
    size_t runes = 0, cut = 0;
    for (size_t i = 0; i < q.len; i++) {
        if ((q.data[i] & 0xC0) == 0x80)
            continue;   /* q is valid UTF-8: count lead bytes */
        if (++runes == MAX_RUNES - 3 + 1)
            cut = i;
    }
    if (runes > MAX_RUNES) {
        buf_append(out, q.data, cut);
        buf_puts(out, "...");
    } else {
        buf_append(out, q.data, q.len);
    }
    buf_free(&q);
}

void const_format(const ConstVal *v, Buf *out)
{
    switch (v->kind) {
    case CONST_UNKNOWN: buf_puts(out, "unknown"); break;
    case CONST_BOOL: buf_puts(out, v->b ? "true" : "false"); break;
    case CONST_STRING: format_string(v, out); break;
    case CONST_INT: format_big(&v->num, out); break;
    case CONST_RAT: format_rat(v, out); break;
    }
}
