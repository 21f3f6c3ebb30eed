/* lit_test.c - unit tests for common/lit.c: the values of integer, float,
 * rune and string literals, and the statuses for text that golex would
 * have rejected (lit.c must never trust its input).  Run by make unit-test. */
#undef NDEBUG
#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "lit.h"

/* Checks passed so far, for the summary line.  A global only so that the
 * CHECK macro stays a one-liner in every test. */
static int checks;

#define CHECK(cond) (assert(cond), checks++)

/* ---- helpers ---------------------------------------------------------- */

static const char *status_name(LitStatus st)
{
    return st == LIT_OK ? "ok" : st == LIT_OVERFLOW ? "overflow" : "malformed";
}

/* lit_int(text) must give want_st and, when that is LIT_OK, the value want. */
static void expect_int(const char *text, LitStatus want_st, uint64_t want)
{
    uint64_t v = 0;
    LitStatus st = lit_int(text, strlen(text), &v);
    if (st != want_st || (st == LIT_OK && v != want))
        fprintf(stderr, "lit_int(%s): got %s %llu\n", text, status_name(st),
                (unsigned long long)v);
    CHECK(st == want_st);
    if (want_st == LIT_OK)
        CHECK(v == want);
}

/* Exact comparison is right here: strtod and the C compiler both round a
 * decimal constant to the nearest double. */
static void expect_float(const char *text, LitStatus want_st, double want)
{
    double v = 0;
    LitStatus st = lit_float(text, strlen(text), &v);
    if (st != want_st || (st == LIT_OK && v != want))
        fprintf(stderr, "lit_float(%s): got %s %g\n", text, status_name(st), v);
    CHECK(st == want_st);
    if (want_st == LIT_OK)
        CHECK(v == want);
}

static void expect_rune(const char *text, LitStatus want_st, int32_t want)
{
    int32_t v = 0;
    LitStatus st = lit_rune(text, strlen(text), &v);
    if (st != want_st || (st == LIT_OK && v != want))
        fprintf(stderr, "lit_rune(%s): got %s %ld\n", text, status_name(st), (long)v);
    CHECK(st == want_st);
    if (want_st == LIT_OK)
        CHECK(v == want);
}

/* lit_string(text) must succeed with exactly the bytes want[0..want_len). */
static void expect_string(const char *text, const char *want, size_t want_len)
{
    Buf b;
    buf_init(&b);
    LitStatus st = lit_string(text, strlen(text), &b);
    /* An empty Buf may have no data at all, and memcmp(NULL, ...) is
     * undefined even for zero bytes. */
    bool same = b.len == want_len && (want_len == 0 || memcmp(b.data, want, want_len) == 0);
    if (st != LIT_OK || !same)
        fprintf(stderr, "lit_string(%s): got %s, %zu bytes\n", text, status_name(st), b.len);
    CHECK(st == LIT_OK);
    CHECK(same);
    buf_free(&b);
}

/* sizeof, not strlen: the expected bytes may contain a NUL. */
#define STRING_OK(text, want) expect_string(text, want, sizeof(want) - 1)

static void expect_string_malformed(const char *text, size_t len)
{
    Buf b;
    buf_init(&b);
    LitStatus st = lit_string(text, len, &b);
    if (st != LIT_MALFORMED)
        fprintf(stderr, "lit_string(%.*s): got %s\n", (int)len, text, status_name(st));
    CHECK(st == LIT_MALFORMED);
    buf_free(&b);
}

#define STRING_BAD(text) expect_string_malformed(text, strlen(text))

/* ---- lit_int ---------------------------------------------------------- */

static void test_int_decimal(void)
{
    expect_int("0", LIT_OK, 0);
    expect_int("7", LIT_OK, 7);
    expect_int("42", LIT_OK, 42);
    expect_int("1_000_000", LIT_OK, 1000000);
    expect_int("18446744073709551615", LIT_OK, UINT64_MAX);
}

static void test_int_hex(void)
{
    expect_int("0x2A", LIT_OK, 42);
    expect_int("0X2a", LIT_OK, 42);
    expect_int("0xdead_BEEF", LIT_OK, 0xdeadbeef);
    expect_int("0x_FF", LIT_OK, 255);
    expect_int("0xFFFF_FFFF_FFFF_FFFF", LIT_OK, UINT64_MAX);
}

static void test_int_octal(void)
{
    expect_int("0o17", LIT_OK, 15);
    expect_int("0O17", LIT_OK, 15);
    expect_int("0o_1_7", LIT_OK, 15);
    expect_int("0o1777777777777777777777", LIT_OK, UINT64_MAX);
    /* Legacy octal: a leading 0 alone is the prefix. */
    expect_int("017", LIT_OK, 15);
    expect_int("0_17", LIT_OK, 15);
    expect_int("00", LIT_OK, 0);
    expect_int("0777", LIT_OK, 511);
}

static void test_int_binary(void)
{
    expect_int("0b1010", LIT_OK, 10);
    expect_int("0B1010", LIT_OK, 10);
    expect_int("0b_1_0", LIT_OK, 2);
    expect_int("0b1111111111111111111111111111111111111111111111111111111111111111",
               LIT_OK, UINT64_MAX);
}

static void test_int_overflow(void)
{
    expect_int("18446744073709551616", LIT_OVERFLOW, 0);
    expect_int("99999999999999999999999", LIT_OVERFLOW, 0);
    expect_int("0x1_0000_0000_0000_0000", LIT_OVERFLOW, 0);
    expect_int("0o2000000000000000000000", LIT_OVERFLOW, 0);
    expect_int("0b10000000000000000000000000000000000000000000000000000000000000000",
               LIT_OVERFLOW, 0);
    /* A bad digit after the overflow still makes the text malformed. */
    expect_int("99999999999999999999999x", LIT_MALFORMED, 0);
}

static void test_int_malformed(void)
{
    expect_int("", LIT_MALFORMED, 0);
    expect_int("0x", LIT_MALFORMED, 0);
    expect_int("0X", LIT_MALFORMED, 0);
    expect_int("0o", LIT_MALFORMED, 0);
    expect_int("0b", LIT_MALFORMED, 0);
    expect_int("0x_", LIT_MALFORMED, 0);
    expect_int("09", LIT_MALFORMED, 0);    /* legacy octal has no 9 */
    expect_int("08", LIT_MALFORMED, 0);
    expect_int("0o8", LIT_MALFORMED, 0);
    expect_int("0b2", LIT_MALFORMED, 0);
    expect_int("0xg", LIT_MALFORMED, 0);
    expect_int("12a", LIT_MALFORMED, 0);
    expect_int("1.5", LIT_MALFORMED, 0);
    expect_int("-1", LIT_MALFORMED, 0);
    expect_int("+1", LIT_MALFORMED, 0);
    expect_int(" 1", LIT_MALFORMED, 0);
}

/* Only text[0..len) is read: token text is not NUL-terminated. */
static void test_int_reads_only_len(void)
{
    uint64_t v = 0;
    CHECK(lit_int("123456", 3, &v) == LIT_OK);
    CHECK(v == 123);
    CHECK(lit_int("0x10zz", 4, &v) == LIT_OK);
    CHECK(v == 16);
}

/* ---- lit_float -------------------------------------------------------- */

static void test_float_decimal(void)
{
    expect_float("1.5", LIT_OK, 1.5);
    expect_float(".5", LIT_OK, 0.5);
    expect_float("1.", LIT_OK, 1.0);
    expect_float("0.", LIT_OK, 0.0);
    expect_float("1e10", LIT_OK, 1e10);
    expect_float("1E-3", LIT_OK, 1e-3);
    expect_float("1e+3", LIT_OK, 1e3);
    expect_float("072.40", LIT_OK, 72.40);   /* a leading 0 is not octal */
    expect_float("1_000.000_1", LIT_OK, 1000.0001);
    expect_float("6.022_140_76e2_3", LIT_OK, 6.02214076e23);
    expect_float("1.7976931348623157e308", LIT_OK, 1.7976931348623157e308);
}

static void test_float_hex(void)
{
    expect_float("0x1p-2", LIT_OK, 0.25);
    expect_float("0x1.8p1", LIT_OK, 3.0);
    expect_float("0X.8P0", LIT_OK, 0.5);
    expect_float("0x_1FFFp-16", LIT_OK, 0x1FFFp-16);
    expect_float("0x1p-1074", LIT_OK, 0x1p-1074);   /* smallest subnormal */
}

static void test_float_range(void)
{
    expect_float("1e400", LIT_OVERFLOW, 0);
    expect_float("0x1p1024", LIT_OVERFLOW, 0);
    /* Too small rounds to zero, as a Go constant converted to float64 does. */
    expect_float("1e-400", LIT_OK, 0.0);
}

static void test_float_malformed(void)
{
    expect_float("", LIT_MALFORMED, 0);
    expect_float("_", LIT_MALFORMED, 0);
    expect_float("1e", LIT_MALFORMED, 0);
    expect_float("1e+", LIT_MALFORMED, 0);
    expect_float("1.5x", LIT_MALFORMED, 0);
    expect_float("inf", LIT_MALFORMED, 0);
    expect_float("INF", LIT_MALFORMED, 0);
    expect_float("infinity", LIT_MALFORMED, 0);
    expect_float("nan", LIT_MALFORMED, 0);
    expect_float("NaN", LIT_MALFORMED, 0);
    expect_float("+1", LIT_MALFORMED, 0);
    expect_float("-1", LIT_MALFORMED, 0);
    /* Things strtod accepts but Go does not. */
    expect_float(" 1.5", LIT_MALFORMED, 0);
    expect_float("\tnan", LIT_MALFORMED, 0);
    expect_float(" inf", LIT_MALFORMED, 0);
    expect_float("0x1.8", LIT_MALFORMED, 0);
    expect_float("0x10", LIT_MALFORMED, 0);
    expect_float("1__0.5", LIT_MALFORMED, 0);
    expect_float("1.5_", LIT_MALFORMED, 0);
}

static void test_float_embedded_nul(void)
{
    double v;
    CHECK(lit_float("1.5\0x", 5, &v) == LIT_MALFORMED);
}

static void test_int_separators(void)
{
    expect_int("_1", LIT_MALFORMED, 0);
    expect_int("1__2", LIT_MALFORMED, 0);
    expect_int("1_", LIT_MALFORMED, 0);
    expect_int("0_", LIT_MALFORMED, 0);
    expect_int("0x_1", LIT_OK, 1);
    expect_int("0_1", LIT_OK, 1);
    expect_int("1_000_000", LIT_OK, 1000000);
}

static void test_float_reads_only_len(void)
{
    double v = 0;
    CHECK(lit_float("2.5e3", 3, &v) == LIT_OK);
    CHECK(v == 2.5);
}

/* Text longer than lit_float's stack buffer takes the heap path. */
static void test_float_long_text(void)
{
    char text[400];
    memset(text, '0', sizeof text);
    text[0] = '1';
    text[1] = '.';
    memcpy(text + sizeof text - 4, "e-0", 3);
    text[sizeof text - 1] = '\0';
    expect_float(text, LIT_OK, 1.0);
}

/* ---- lit_rune --------------------------------------------------------- */

static void test_rune_plain(void)
{
    expect_rune("'a'", LIT_OK, 'a');
    expect_rune("' '", LIT_OK, ' ');
    expect_rune("'\"'", LIT_OK, '"');
    expect_rune("'\xC3\xA9'", LIT_OK, 0xE9);           /* é, two bytes */
    expect_rune("'\xE4\xB8\x96'", LIT_OK, 0x4E16);     /* 世, three bytes */
    expect_rune("'\xF0\x9F\x98\x80'", LIT_OK, 0x1F600); /* four bytes */
}

static void test_rune_simple_escapes(void)
{
    expect_rune("'\\a'", LIT_OK, 7);
    expect_rune("'\\b'", LIT_OK, 8);
    expect_rune("'\\f'", LIT_OK, 12);
    expect_rune("'\\n'", LIT_OK, 10);
    expect_rune("'\\r'", LIT_OK, 13);
    expect_rune("'\\t'", LIT_OK, 9);
    expect_rune("'\\v'", LIT_OK, 11);
    expect_rune("'\\\\'", LIT_OK, '\\');
    expect_rune("'\\''", LIT_OK, '\'');
}

static void test_rune_numeric_escapes(void)
{
    expect_rune("'\\101'", LIT_OK, 65);
    expect_rune("'\\000'", LIT_OK, 0);
    expect_rune("'\\377'", LIT_OK, 255);
    expect_rune("'\\x41'", LIT_OK, 0x41);
    expect_rune("'\\xfF'", LIT_OK, 0xFF);
    expect_rune("'\\u00e9'", LIT_OK, 0xE9);
    expect_rune("'\\uFFFD'", LIT_OK, 0xFFFD);
    expect_rune("'\\U0001F600'", LIT_OK, 0x1F600);
    expect_rune("'\\U0010FFFF'", LIT_OK, 0x10FFFF);
}

static void test_rune_malformed(void)
{
    expect_rune("", LIT_MALFORMED, 0);
    expect_rune("'", LIT_MALFORMED, 0);
    expect_rune("''", LIT_MALFORMED, 0);
    expect_rune("'''", LIT_MALFORMED, 0);
    expect_rune("'ab'", LIT_MALFORMED, 0);
    expect_rune("'a", LIT_MALFORMED, 0);
    expect_rune("a'", LIT_MALFORMED, 0);
    expect_rune("\"a\"", LIT_MALFORMED, 0);
    expect_rune("'\n'", LIT_MALFORMED, 0);
    expect_rune("'\xFF'", LIT_MALFORMED, 0);          /* invalid UTF-8 */
    expect_rune("'\xC3'", LIT_MALFORMED, 0);          /* truncated é */
    expect_rune("'\xED\xA0\x80'", LIT_MALFORMED, 0);  /* encoded surrogate */
}

static void test_rune_bad_escapes(void)
{
    expect_rune("'\\'", LIT_MALFORMED, 0);
    expect_rune("'\\q'", LIT_MALFORMED, 0);
    expect_rune("'\\\"'", LIT_MALFORMED, 0);   /* \" only in strings */
    expect_rune("'\\400'", LIT_MALFORMED, 0);  /* octal > 255 */
    expect_rune("'\\10'", LIT_MALFORMED, 0);   /* octal needs three digits */
    expect_rune("'\\8'", LIT_MALFORMED, 0);
    expect_rune("'\\x4'", LIT_MALFORMED, 0);
    expect_rune("'\\x4g'", LIT_MALFORMED, 0);
    expect_rune("'\\u00e'", LIT_MALFORMED, 0);
    expect_rune("'\\uD800'", LIT_MALFORMED, 0);  /* surrogate */
    expect_rune("'\\uDFFF'", LIT_MALFORMED, 0);
    expect_rune("'\\U00110000'", LIT_MALFORMED, 0);  /* past U+10FFFF */
    expect_rune("'\\x41x'", LIT_MALFORMED, 0);
}

/* ---- lit_string ------------------------------------------------------- */

static void test_string_interpreted(void)
{
    STRING_OK("\"\"", "");
    STRING_OK("\"abc\"", "abc");
    STRING_OK("\"a'b\"", "a'b");
    STRING_OK("\"\xC3\xA9t\xC3\xA9\"", "\xC3\xA9t\xC3\xA9");   /* UTF-8 kept as is */
    STRING_OK("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", "\a\b\f\n\r\t\v\\\"");
}

/* \x and octal escapes are single bytes, even when not valid UTF-8. */
static void test_string_byte_escapes(void)
{
    STRING_OK("\"\\xff\"", "\xff");
    STRING_OK("\"\\377\"", "\xff");
    STRING_OK("\"\\x00\"", "\0");
    STRING_OK("\"\\000\"", "\0");
    STRING_OK("\"\\101\\x42\"", "AB");
    STRING_OK("\"\\xc3\\xa9\"", "\xC3\xA9");
    STRING_OK("\"\\x80\"", "\x80");
}

/* \u and \U escapes are code points, written as UTF-8. */
static void test_string_unicode_escapes(void)
{
    STRING_OK("\"\\u0041\"", "A");
    STRING_OK("\"\\u00e9\"", "\xC3\xA9");
    STRING_OK("\"\\u00ff\"", "\xC3\xBF");   /* not the byte 0xFF */
    STRING_OK("\"\\u4e16\"", "\xE4\xB8\x96");
    STRING_OK("\"\\U0001F600\"", "\xF0\x9F\x98\x80");
    STRING_OK("\"\\U0010FFFF\"", "\xF4\x8F\xBF\xBF");
}

static void test_string_raw(void)
{
    STRING_OK("``", "");
    STRING_OK("`abc`", "abc");
    STRING_OK("`a\\nb`", "a\\nb");          /* backslashes are literal */
    STRING_OK("`\\x41\\'`", "\\x41\\'");
    STRING_OK("`\"`", "\"");
    STRING_OK("`a\nb`", "a\nb");
    STRING_OK("`a\r\nb`", "a\nb");          /* carriage returns dropped */
    STRING_OK("`\r\r\n\r`", "\n");
}

/* lit_string appends: what the buffer held before is kept. */
static void test_string_appends(void)
{
    Buf b;
    buf_init(&b);
    buf_puts(&b, "x=");
    CHECK(lit_string("\"ab\"", 4, &b) == LIT_OK);
    CHECK(lit_string("`cd`", 4, &b) == LIT_OK);
    CHECK(b.len == 6);
    CHECK(memcmp(b.data, "x=abcd", 6) == 0);
    buf_free(&b);
}

static void test_string_reads_only_len(void)
{
    Buf b;
    buf_init(&b);
    CHECK(lit_string("\"ab\"cd\"", 4, &b) == LIT_OK);
    CHECK(b.len == 2);
    CHECK(memcmp(b.data, "ab", 2) == 0);
    buf_free(&b);
}

static void test_string_bad_quotes(void)
{
    STRING_BAD("");
    STRING_BAD("\"");
    STRING_BAD("`");
    STRING_BAD("abc");
    STRING_BAD("\"abc");
    STRING_BAD("abc\"");
    STRING_BAD("`abc");
    STRING_BAD("\"abc`");
    STRING_BAD("'a'");
    STRING_BAD("\"a\"b\"");
    STRING_BAD("`a`b`");
    STRING_BAD("\"a\nb\"");
    STRING_BAD("\"\\\"");   /* the backslash escapes the closing quote */
}

static void test_string_bad_escapes(void)
{
    STRING_BAD("\"\\q\"");
    STRING_BAD("\"\\'\"");   /* \' only in runes */
    STRING_BAD("\"\\400\"");
    STRING_BAD("\"\\12\"");
    STRING_BAD("\"\\x4\"");
    STRING_BAD("\"\\xg0\"");
    STRING_BAD("\"\\u12\"");
    STRING_BAD("\"\\uD800\"");
    STRING_BAD("\"\\U00110000\"");
}

int main(void)
{
    test_int_decimal();
    test_int_hex();
    test_int_octal();
    test_int_binary();
    test_int_overflow();
    test_int_malformed();
    test_int_reads_only_len();
    test_int_separators();

    test_float_decimal();
    test_float_hex();
    test_float_range();
    test_float_malformed();
    test_float_reads_only_len();
    test_float_embedded_nul();
    test_float_long_text();

    test_rune_plain();
    test_rune_simple_escapes();
    test_rune_numeric_escapes();
    test_rune_malformed();
    test_rune_bad_escapes();

    test_string_interpreted();
    test_string_byte_escapes();
    test_string_unicode_escapes();
    test_string_raw();
    test_string_appends();
    test_string_reads_only_len();
    test_string_bad_quotes();
    test_string_bad_escapes();

    printf("lit_test: %d checks passed\n", checks);
    return 0;
}
