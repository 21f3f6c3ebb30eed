/* const_test.c - unit tests for gocheck/const.c: exact constant arithmetic,
 * representability and go/constant's printing.  Expected values come from
 * the Go specification; the tables were also run through go/constant
 * (Go 1.19), which agrees except where Go 1.20 changed the printing of
 * floats such as 100000.5 (issue 56220): we print as Go 1.20+ does.
 * Run by make unit-test. */
#undef NDEBUG
#include <assert.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "const.h"

/* Checks passed so far, for the summary line.  A global only so that the
 * CHECK macro stays a one-liner in every test. */
static int checks;

#define CHECK(cond) (assert(cond), checks++)

/* ---- helpers ---------------------------------------------------------- */

static bool is_float_text(const char *t)
{
    bool hex = t[0] == '0' && (t[1] == 'x' || t[1] == 'X');
    return strchr(t, '.') || strpbrk(t, hex ? "pP" : "eEpP");
}

/* A constant from Go text: a literal, with an optional leading '-', or
 * true/false.  Asserts that it is well-formed. */
static ConstVal val(const char *t)
{
    ConstVal v, pos;
    ConstStatus st;
    if (!strcmp(t, "true") || !strcmp(t, "false"))
        return const_make_bool(t[0] == 't');
    if (t[0] == '-') {
        pos = val(t + 1);
        CHECK(const_unary(CONST_SUB, &pos, 0, &v) == CONST_OK);
        const_free(&pos);
        return v;
    }
    if (t[0] == '\'')
        st = const_make_rune_lit(t, strlen(t), &v);
    else if (t[0] == '"' || t[0] == '`')
        st = const_make_string_lit(t, strlen(t), &v);
    else if (is_float_text(t))
        st = const_make_float_lit(t, strlen(t), &v);
    else
        st = const_make_int_lit(t, strlen(t), &v);
    if (st != CONST_OK)
        fprintf(stderr, "val(%s): status %d\n", t, st);
    CHECK(st == CONST_OK);
    return v;
}

/* v printed as go/constant prints it must be want. */
static void expect_format(const ConstVal *v, const char *want, const char *what)
{
    Buf b;
    buf_init(&b);
    const_format(v, &b);
    buf_putc(&b, '\0');
    if (strcmp((const char *)b.data, want) != 0)
        fprintf(stderr, "%s: got %s, want %s\n", what, (const char *)b.data, want);
    CHECK(strcmp((const char *)b.data, want) == 0);
    buf_free(&b);
}

/* The text t reads back and prints as want. */
static void expect_lit(const char *t, ConstKind kind, const char *want)
{
    ConstVal v = val(t);
    CHECK(v.kind == kind);
    expect_format(&v, want, t);
    const_free(&v);
}

static const char *op_text[] = {
    [CONST_ADD] = "+", [CONST_SUB] = "-", [CONST_MUL] = "*", [CONST_QUO] = "/",
    [CONST_REM] = "%", [CONST_AND] = "&", [CONST_OR] = "|", [CONST_XOR] = "^",
    [CONST_AND_NOT] = "&^", [CONST_SHL] = "<<", [CONST_SHR] = ">>", [CONST_LAND] = "&&",
    [CONST_LOR] = "||", [CONST_NOT] = "!", [CONST_EQL] = "==", [CONST_NEQ] = "!=",
    [CONST_LSS] = "<", [CONST_LEQ] = "<=", [CONST_GTR] = ">", [CONST_GEQ] = ">=",
};

/* x op y gives the status st and, when CONST_OK, a value printed as want. */
static void expect_binary(const char *x, ConstOp op, const char *y, ConstStatus st, const char *want)
{
    ConstVal a = val(x), b = val(y), r;
    char what[200];
    snprintf(what, sizeof what, "%s %s %s", x, op_text[op], y);
    ConstStatus got = const_binary(op, &a, &b, &r);
    if (got != st)
        fprintf(stderr, "%s: status %d, want %d\n", what, got, st);
    CHECK(got == st);
    if (st == CONST_OK)
        expect_format(&r, want, what);
    else
        CHECK(r.kind == CONST_UNKNOWN);
    const_free(&a), const_free(&b), const_free(&r);
}

static void ok(const char *x, ConstOp op, const char *y, const char *want)
{
    expect_binary(x, op, y, CONST_OK, want);
}

/* A row of a table: x op y printed as want. */
typedef struct Row {
    const char *x;
    ConstOp op;
    const char *y, *want;
} Row;

static void run_rows(const Row *rows, size_t n)
{
    for (size_t i = 0; i < n; i++)
        ok(rows[i].x, rows[i].op, rows[i].y, rows[i].want);
}

#define RUN(rows) run_rows(rows, sizeof rows / sizeof rows[0])

static ConstFit fit(const char *x, ConstTarget t)
{
    ConstVal v = val(x);
    ConstFit f = const_fits(&v, t);
    const_free(&v);
    return f;
}

static void expect_fit(const char *x, ConstTarget t, ConstFit want)
{
    ConstFit got = fit(x, t);
    if (got != want)
        fprintf(stderr, "fits(%s, target %d): got %d, want %d\n", x, t, got, want);
    CHECK(got == want);
}

/* 2^n as a constant, by shifting. */
static ConstVal pow2(unsigned n)
{
    ConstVal one = const_make_int64(1), cnt = const_make_uint64(n), r;
    CHECK(const_shift(CONST_SHL, &one, &cnt, &r) == CONST_OK);
    const_free(&one), const_free(&cnt);
    return r;
}

/* ---- integers ----------------------------------------------------------- */

static void test_int_literals(void)
{
    expect_lit("0", CONST_INT, "0");
    expect_lit("42", CONST_INT, "42");
    expect_lit("1_000_000", CONST_INT, "1000000");
    expect_lit("0x_FF", CONST_INT, "255");
    expect_lit("0XdeadBEEF", CONST_INT, "3735928559");
    expect_lit("0o17", CONST_INT, "15");
    expect_lit("0O17", CONST_INT, "15");
    expect_lit("017", CONST_INT, "15");
    expect_lit("0b1010", CONST_INT, "10");
    expect_lit("0B_1_0", CONST_INT, "2");
    expect_lit("18446744073709551615", CONST_INT, "18446744073709551615");
    expect_lit("18446744073709551616", CONST_INT, "18446744073709551616");
    expect_lit("0x1_0000_0000_0000_0000", CONST_INT, "18446744073709551616");
    expect_lit("1267650600228229401496703205376", CONST_INT, "1267650600228229401496703205376");
    expect_lit("0o7777777777777777777777777", CONST_INT, "37778931862957161709567");
    expect_lit("0b11111111111111111111111111111111111111111111111111111111111111111",
               CONST_INT, "36893488147419103231");
    expect_lit("-1", CONST_INT, "-1");
    expect_lit("-9223372036854775808", CONST_INT, "-9223372036854775808");
    expect_lit("'a'", CONST_INT, "97");
    expect_lit("'\\n'", CONST_INT, "10");
    expect_lit("'\\u00e9'", CONST_INT, "233");
    expect_lit("'\\U0010FFFF'", CONST_INT, "1114111");
    expect_lit("'\\377'", CONST_INT, "255");
    expect_lit("'\\x41'", CONST_INT, "65");
    expect_lit("'世'", CONST_INT, "19990");
}

/* 2^512 - 1 is the largest untyped integer; its literal is 155 digits. */
static const char max_int_text[] =
    "13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084095";

static void test_int_literal_limits(void)
{
    ConstVal v;
    expect_lit(max_int_text, CONST_INT, max_int_text);
    /* 2^512 itself: go/types says "constant overflow" */
    const char *two512 =
        "13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084096";
    CHECK(const_make_int_lit(two512, strlen(two512), &v) == CONST_OVERFLOW);
    CHECK(v.kind == CONST_UNKNOWN);
    char hex[200] = "0x1";
    for (int i = 0; i < 128; i++)
        strcat(hex, "0");       /* 0x1 then 128 zero digits is 2^512 */
    CHECK(const_make_int_lit(hex, strlen(hex), &v) == CONST_OVERFLOW);
    hex[2] = '0';               /* 0x0000...: zero, however long */
    CHECK(const_make_int_lit(hex, strlen(hex), &v) == CONST_OK);
    expect_format(&v, "0", "0x000...");
    const_free(&v);

    CHECK(const_make_int_lit("0x", 2, &v) == CONST_MALFORMED);
    CHECK(const_make_int_lit("1__0", 4, &v) == CONST_MALFORMED);
    CHECK(const_make_int_lit("0b102", 5, &v) == CONST_MALFORMED);
    CHECK(const_make_int_lit("12a", 3, &v) == CONST_MALFORMED);
    CHECK(const_make_int_lit("089", 3, &v) == CONST_MALFORMED);
    CHECK(v.kind == CONST_UNKNOWN);
    static char longlit[CONST_MAX_LIT_LEN + 2];
    memset(longlit, '1', CONST_MAX_LIT_LEN + 1);
    CHECK(const_make_int_lit(longlit, CONST_MAX_LIT_LEN + 1, &v) == CONST_TOO_LONG);
    CHECK(const_make_float_lit(longlit, CONST_MAX_LIT_LEN + 1, &v) == CONST_TOO_LONG);
    CHECK(const_make_rune_lit("'ab'", 4, &v) == CONST_MALFORMED);
    CHECK(const_make_string_lit("\"a", 2, &v) == CONST_MALFORMED);
}

static void test_int_arithmetic(void)
{
    static const Row rows[] = {
        {"1", CONST_ADD, "2", "3"},
        {"-5", CONST_ADD, "3", "-2"},
        {"5", CONST_SUB, "8", "-3"},
        {"-5", CONST_SUB, "-5", "0"},
        {"6", CONST_MUL, "-7", "-42"},
        {"-6", CONST_MUL, "-7", "42"},
        {"0", CONST_MUL, "-7", "0"},
        /* Go truncates toward zero; x == (x/y)*y + x%y */
        {"7", CONST_QUO, "2", "3"},
        {"-7", CONST_QUO, "2", "-3"},
        {"7", CONST_QUO, "-2", "-3"},
        {"-7", CONST_QUO, "-2", "3"},
        {"7", CONST_REM, "2", "1"},
        {"-7", CONST_REM, "2", "-1"},
        {"7", CONST_REM, "-2", "1"},
        {"-7", CONST_REM, "-2", "-1"},
        {"6", CONST_REM, "3", "0"},
        {"1", CONST_QUO, "3", "0"},
        {"-1", CONST_QUO, "3", "0"},
        /* across 32 and 64 bits */
        {"4294967295", CONST_ADD, "1", "4294967296"},
        {"4294967296", CONST_SUB, "1", "4294967295"},
        {"18446744073709551615", CONST_ADD, "1", "18446744073709551616"},
        {"18446744073709551616", CONST_SUB, "1", "18446744073709551615"},
        {"0", CONST_SUB, "18446744073709551616", "-18446744073709551616"},
        {"4294967296", CONST_MUL, "4294967296", "18446744073709551616"},
        {"18446744073709551615", CONST_MUL, "18446744073709551615",
         "340282366920938463426481119284349108225"},
        {"9223372036854775807", CONST_ADD, "1", "9223372036854775808"},
        {"-9223372036854775808", CONST_SUB, "1", "-9223372036854775809"},
        /* long division */
        {"340282366920938463426481119284349108225", CONST_QUO, "18446744073709551615",
         "18446744073709551615"},
        {"340282366920938463463374607431768211456", CONST_QUO, "18446744073709551616",
         "18446744073709551616"},
        {"340282366920938463463374607431768211455", CONST_REM, "18446744073709551616",
         "18446744073709551615"},
        {"340282366920938463463374607431768211457", CONST_REM, "18446744073709551617",
         "2"},
        {"1267650600228229401496703205376", CONST_QUO, "1000000007", "1267650591354675262013"},
        {"1267650600228229401496703205376", CONST_REM, "1000000007", "976371285"},
        {"-1267650600228229401496703205376", CONST_REM, "1000000007", "-976371285"},
        {"100000000000000000000000000000000000000", CONST_QUO, "-7777777777777777777777",
         "-12857142857142857"},
        {"100000000000000000000000000000000000000", CONST_REM, "-7777777777777777777777",
         "1111121111111111111111"},
        {"79228162514264337593543950335", CONST_QUO, "79228162514264337593543950336", "0"},
        {"79228162514264337593543950336", CONST_QUO, "79228162514264337593543950335", "1"},
        {"79228162514264337593543950336", CONST_REM, "79228162514264337593543950335", "1"},
        {"0x7fff800000000000000000000000", CONST_QUO, "0x800000000000ffffffff",
         "4294901759"},
        {"0x7fff800000000000000000000000", CONST_REM, "0x800000000000ffffffff",
         "604444463344724444381183"},
        /* Knuth D's rare "add back" step (Hacker's Delight's test case) */
        {"0x7fffffff800000000000000000000000", CONST_QUO, "0x800000000000000000000001",
         "4294967294"},
        {"0x7fffffff800000000000000000000000", CONST_REM, "0x800000000000000000000001",
         "39614081257132168792477007874"},
    };
    RUN(rows);
}

static void test_int_division_by_zero(void)
{
    expect_binary("1", CONST_QUO, "0", CONST_DIV_ZERO, "");
    expect_binary("0", CONST_REM, "0", CONST_DIV_ZERO, "");
    expect_binary("-18446744073709551616", CONST_QUO, "0", CONST_DIV_ZERO, "");
    expect_binary("1.5", CONST_QUO, "0", CONST_DIV_ZERO, "");
    expect_binary("1", CONST_QUO, "0.0", CONST_DIV_ZERO, "");
}

static void test_big_products(void)
{
    ConstVal a = pow2(100), b = pow2(100), p, q, r;
    expect_format(&a, "1267650600228229401496703205376", "1<<100");
    CHECK(const_binary(CONST_MUL, &a, &b, &p) == CONST_OK);
    expect_format(&p, "1606938044258990275541962092341162602522202993782792835301376",
                  "1<<100 * 1<<100");
    ConstVal c = pow2(200);
    bool eq;
    CHECK(const_compare(CONST_EQL, &p, &c, &eq) == CONST_OK && eq);
    CHECK(const_binary(CONST_QUO, &p, &a, &q) == CONST_OK);
    CHECK(const_compare(CONST_EQL, &q, &b, &eq) == CONST_OK && eq);
    CHECK(const_binary(CONST_REM, &p, &a, &r) == CONST_OK);
    expect_format(&r, "0", "1<<200 % 1<<100");
    const_free(&q), const_free(&r);

    /* (2^256)^2 = 2^512: one past the limit; "constant multiplication overflow" */
    ConstVal h = pow2(256), big;
    CHECK(const_binary(CONST_MUL, &h, &h, &big) == CONST_OVERFLOW);
    CHECK(big.kind == CONST_UNKNOWN);
    CHECK(strcmp(const_op_name(CONST_MUL, false), "multiplication ") == 0);
    /* 2^511 * 2 - 1 stays in, but + 1 more does not */
    ConstVal m = val(max_int_text), one = const_make_int64(1);
    CHECK(const_binary(CONST_ADD, &m, &one, &big) == CONST_OVERFLOW);
    CHECK(strcmp(const_op_name(CONST_ADD, false), "addition ") == 0);
    ConstVal neg_m;
    CHECK(const_unary(CONST_SUB, &m, 0, &neg_m) == CONST_OK);
    expect_format(&neg_m, "-13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084095", "-max");
    CHECK(const_binary(CONST_SUB, &neg_m, &one, &big) == CONST_OVERFLOW);
    CHECK(strcmp(const_op_name(CONST_SUB, false), "subtraction ") == 0);
    CHECK(const_binary(CONST_SUB, &m, &m, &big) == CONST_OK);
    expect_format(&big, "0", "max - max");
    const_free(&big);
    /* 10^30 * 10^30 */
    ok("1000000000000000000000000000000", CONST_MUL, "1000000000000000000000000000000",
       "1000000000000000000000000000000000000000000000000000000000000");
    ok("-123456789012345678901234567890", CONST_MUL, "987654321098765432109876543210",
       "-121932631137021795226185032733622923332237463801111263526900");
    const_free(&a), const_free(&b), const_free(&p), const_free(&c), const_free(&h);
    const_free(&m), const_free(&one), const_free(&neg_m);
}

static void test_bitwise(void)
{
    static const Row rows[] = {
        {"12", CONST_AND, "10", "8"},
        {"12", CONST_OR, "10", "14"},
        {"12", CONST_XOR, "10", "6"},
        {"12", CONST_AND_NOT, "10", "4"},
        {"0xFF", CONST_AND_NOT, "0x0F", "240"},
        {"7", CONST_AND_NOT, "7", "0"},
        /* two's complement of any width, as big.Int */
        {"-1", CONST_AND, "255", "255"},
        {"-2", CONST_AND, "255", "254"},
        {"-256", CONST_OR, "1", "-255"},
        {"-1", CONST_XOR, "5", "-6"},
        {"-8", CONST_AND, "-4", "-8"},
        {"-8", CONST_OR, "-4", "-4"},
        {"-8", CONST_XOR, "-4", "4"},
        {"5", CONST_AND_NOT, "-1", "0"},
        {"-1", CONST_AND_NOT, "5", "-6"},
        {"-6", CONST_AND_NOT, "-3", "2"},
        {"18446744073709551616", CONST_OR, "1", "18446744073709551617"},
        {"18446744073709551617", CONST_AND, "-18446744073709551616", "18446744073709551616"},
        {"-18446744073709551616", CONST_XOR, "-1", "18446744073709551615"},
        {"0xFFFFFFFFFFFFFFFFFFFF", CONST_AND_NOT, "0xFFFFFFFF", "1208925819614624879738880"},
    };
    RUN(rows);
    expect_binary("1.5", CONST_AND, "1", CONST_BAD_OPERAND, "");
    expect_binary("7.0", CONST_REM, "2", CONST_BAD_OPERAND, "");
}

static void expect_unary(ConstOp op, const char *x, unsigned prec, const char *want)
{
    ConstVal v = val(x), r;
    CHECK(const_unary(op, &v, prec, &r) == CONST_OK);
    expect_format(&r, want, x);
    const_free(&v), const_free(&r);
}

static void test_unary(void)
{
    expect_unary(CONST_SUB, "5", 0, "-5");
    expect_unary(CONST_SUB, "-5", 0, "5");
    expect_unary(CONST_SUB, "0", 0, "0");
    expect_unary(CONST_ADD, "-5", 0, "-5");
    expect_unary(CONST_SUB, "1.5", 0, "-1.5");
    expect_unary(CONST_SUB, "0.0", 0, "0");
    expect_unary(CONST_XOR, "0", 0, "-1");
    expect_unary(CONST_XOR, "5", 0, "-6");
    expect_unary(CONST_XOR, "-1", 0, "0");
    expect_unary(CONST_XOR, "-18446744073709551616", 0, "18446744073709551615");
    /* ^ on unsigned types keeps the type's bits: ^uint8(1) == 254 */
    expect_unary(CONST_XOR, "1", 8, "254");
    expect_unary(CONST_XOR, "0", 8, "255");
    expect_unary(CONST_XOR, "0", 32, "4294967295");
    expect_unary(CONST_XOR, "0", 64, "18446744073709551615");
    expect_unary(CONST_XOR, "18446744073709551615", 64, "0");
    expect_unary(CONST_XOR, "0x0F0F", 16, "61680");
    expect_unary(CONST_NOT, "true", 0, "false");
    expect_unary(CONST_NOT, "false", 0, "true");

    ConstVal m = val(max_int_text), r, s = val("\"s\""), f = val("1.5");
    /* ^(2^512-1) is -2^512: "constant bitwise complement overflow" */
    CHECK(const_unary(CONST_XOR, &m, 0, &r) == CONST_OVERFLOW && r.kind == CONST_UNKNOWN);
    ConstVal nm;
    CHECK(const_unary(CONST_SUB, &m, 0, &nm) == CONST_OK);
    CHECK(const_unary(CONST_XOR, &nm, 0, &r) == CONST_OK);  /* 2^512 - 2 */
    expect_format(&r, "13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084094", "^-max");
    const_free(&r);
    CHECK(const_unary(CONST_NOT, &m, 0, &r) == CONST_BAD_OPERAND);
    CHECK(const_unary(CONST_SUB, &s, 0, &r) == CONST_BAD_OPERAND);
    CHECK(const_unary(CONST_XOR, &f, 0, &r) == CONST_BAD_OPERAND);
    CHECK(strcmp(const_op_name(CONST_XOR, true), "bitwise complement ") == 0);
    CHECK(strcmp(const_op_name(CONST_SUB, true), "") == 0);
    const_free(&m), const_free(&nm), const_free(&s), const_free(&f);
}

static void test_shifts(void)
{
    static const Row rows[] = {
        {"1", CONST_SHL, "0", "1"},
        {"1", CONST_SHL, "3", "8"},
        {"1", CONST_SHL, "31", "2147483648"},
        {"1", CONST_SHL, "32", "4294967296"},
        {"1", CONST_SHL, "63", "9223372036854775808"},
        {"1", CONST_SHL, "64", "18446744073709551616"},
        {"3", CONST_SHL, "100", "3802951800684688204490109616128"},
        {"-1", CONST_SHL, "63", "-9223372036854775808"},
        {"-5", CONST_SHL, "2", "-20"},
        {"0", CONST_SHL, "1000", "0"},
        {"1", CONST_SHL, "511", "6703903964971298549787012499102923063739682910296196688861780721860882015036773488400937149083451713845015929093243025426876941405973284973216824503042048"},
        /* >> is arithmetic: floor division by 2^n */
        {"8", CONST_SHR, "3", "1"},
        {"7", CONST_SHR, "1", "3"},
        {"-7", CONST_SHR, "1", "-4"},
        {"-8", CONST_SHR, "1", "-4"},
        {"-1", CONST_SHR, "100", "-1"},
        {"1", CONST_SHR, "100", "0"},
        {"18446744073709551616", CONST_SHR, "32", "4294967296"},
        {"18446744073709551617", CONST_SHR, "1", "9223372036854775808"},
        {"-18446744073709551617", CONST_SHR, "64", "-2"},
        {"-18446744073709551616", CONST_SHR, "64", "-1"},
        {"1267650600228229401496703205376", CONST_SHR, "99", "2"},
        /* whole untyped floats shift as integers */
        {"2.0", CONST_SHL, "3", "16"},
        {"1", CONST_SHL, "2.0", "4"},
        {"1e3", CONST_SHR, "1", "500"},
    };
    RUN(rows);
    expect_binary("1", CONST_SHL, "512", CONST_OVERFLOW, "");       /* "constant shift overflow" */
    expect_binary("1", CONST_SHL, "1074", CONST_OVERFLOW, "");
    expect_binary("1", CONST_SHL, "1075", CONST_BAD_SHIFT, "");     /* "invalid shift count 1075" */
    expect_binary("1", CONST_SHR, "1075", CONST_BAD_SHIFT, "");
    expect_binary("1", CONST_SHL, "18446744073709551616", CONST_BAD_SHIFT, "");
    expect_binary("1", CONST_SHL, "-1", CONST_NEG_SHIFT, "");       /* "negative shift count -1" */
    expect_binary("1", CONST_SHL, "-1.0", CONST_NEG_SHIFT, "");
    expect_binary("1", CONST_SHL, "1.5", CONST_BAD_SHIFT, "");
    expect_binary("1.5", CONST_SHL, "1", CONST_BAD_OPERAND, "");    /* "shifted operand 1.5 ... must be integer" */
    expect_binary("\"a\"", CONST_SHL, "1", CONST_BAD_OPERAND, "");
    CHECK(strcmp(const_op_name(CONST_SHL, false), "shift ") == 0);
    CHECK(strcmp(const_op_name(CONST_QUO, false), "") == 0);
    ConstVal x = val("0"), cnt = val("1074"), r;
    CHECK(const_shift(CONST_SHL, &x, &cnt, &r) == CONST_OK);
    expect_format(&r, "0", "0 << 1074");
    const_free(&x), const_free(&cnt), const_free(&r);
}

static void expect_cmp(const char *x, ConstOp op, const char *y, bool want)
{
    ConstVal a = val(x), b = val(y);
    bool got;
    CHECK(const_compare(op, &a, &b, &got) == CONST_OK);
    if (got != want)
        fprintf(stderr, "%s %s %s: got %d\n", x, op_text[op], y, got);
    CHECK(got == want);
    const_free(&a), const_free(&b);
}

static void test_comparisons(void)
{
    expect_cmp("1", CONST_EQL, "1", true);
    expect_cmp("1", CONST_NEQ, "1", false);
    expect_cmp("1", CONST_LSS, "2", true);
    expect_cmp("2", CONST_LSS, "1", false);
    expect_cmp("2", CONST_LEQ, "2", true);
    expect_cmp("2", CONST_GTR, "2", false);
    expect_cmp("3", CONST_GEQ, "2", true);
    expect_cmp("-1", CONST_LSS, "0", true);
    expect_cmp("-2", CONST_LSS, "-1", true);
    expect_cmp("-18446744073709551616", CONST_LSS, "-18446744073709551615", true);
    expect_cmp("18446744073709551616", CONST_GTR, "18446744073709551615", true);
    expect_cmp("18446744073709551616", CONST_GTR, "-18446744073709551617", true);
    expect_cmp("1267650600228229401496703205376", CONST_EQL, "0x10000000000000000000000000", true);
    expect_cmp("0", CONST_EQL, "-0", true);
    /* numbers of both kinds */
    expect_cmp("1", CONST_EQL, "1.0", true);
    expect_cmp("2", CONST_GTR, "1.5", true);
    expect_cmp("-2", CONST_LSS, "-1.5", true);
    expect_cmp("0.1", CONST_LSS, "0.11", true);
    expect_cmp("1e100", CONST_EQL, "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", true);
    expect_cmp("0x1p-2", CONST_EQL, "0.25", true);
    expect_cmp("0.3333333333333333", CONST_LSS, "0.33333333333333333", true);
    /* strings by bytes, bools by value */
    expect_cmp("\"a\"", CONST_LSS, "\"b\"", true);
    expect_cmp("\"ab\"", CONST_GTR, "\"a\"", true);
    expect_cmp("\"\"", CONST_LSS, "\"a\"", true);
    expect_cmp("\"abc\"", CONST_EQL, "`abc`", true);
    expect_cmp("\"\\xff\"", CONST_GTR, "\"a\"", true);
    expect_cmp("true", CONST_EQL, "true", true);
    expect_cmp("true", CONST_NEQ, "false", true);
    ok("1", CONST_LSS, "2", "true");
    ok("\"x\"", CONST_EQL, "\"y\"", "false");
    expect_binary("true", CONST_LSS, "false", CONST_BAD_OPERAND, "");
    expect_binary("1", CONST_EQL, "\"1\"", CONST_BAD_OPERAND, "");
    expect_binary("true", CONST_EQL, "1", CONST_BAD_OPERAND, "");
}

static void test_bool_and_string_ops(void)
{
    ok("true", CONST_LAND, "false", "false");
    ok("true", CONST_LAND, "true", "true");
    ok("false", CONST_LOR, "true", "true");
    ok("false", CONST_LOR, "false", "false");
    ok("\"ab\"", CONST_ADD, "\"cd\"", "\"abcd\"");
    ok("\"\"", CONST_ADD, "\"\"", "\"\"");
    ok("\"a\\x00\"", CONST_ADD, "\"b\"", "\"a\\x00b\"");
    expect_binary("\"a\"", CONST_SUB, "\"b\"", CONST_BAD_OPERAND, "");
    expect_binary("\"a\"", CONST_ADD, "1", CONST_BAD_OPERAND, "");
    expect_binary("true", CONST_ADD, "true", CONST_BAD_OPERAND, "");
    expect_binary("1", CONST_LAND, "1", CONST_BAD_OPERAND, "");
    ConstVal s = val("\"a\\x00b\"");
    CHECK(s.kind == CONST_STRING && s.len == 3 && s.str[1] == '\0' && s.str[2] == 'b');
    const_free(&s);
}

/* Unknown operands give unknown results and no new error. */
static void test_unknown(void)
{
    ConstVal u = {0}, one = const_make_int64(1), r;
    bool b = true;
    CHECK(const_binary(CONST_ADD, &u, &one, &r) == CONST_OK && r.kind == CONST_UNKNOWN);
    CHECK(const_binary(CONST_QUO, &one, &u, &r) == CONST_OK && r.kind == CONST_UNKNOWN);
    CHECK(const_binary(CONST_EQL, &u, &one, &r) == CONST_OK && r.kind == CONST_UNKNOWN);
    CHECK(const_shift(CONST_SHL, &one, &u, &r) == CONST_OK && r.kind == CONST_UNKNOWN);
    CHECK(const_unary(CONST_SUB, &u, 0, &r) == CONST_OK && r.kind == CONST_UNKNOWN);
    CHECK(const_compare(CONST_EQL, &u, &u, &b) == CONST_OK && !b);
    CHECK(const_to_int(&u, &r) == CONST_OK && r.kind == CONST_UNKNOWN);
    CHECK(const_fits(&u, CONST_TO_UINT8) == CONST_FIT_OK);
    CHECK(const_sign(&u) == 0);
    expect_format(&u, "unknown", "unknown");
    const_free(&u);
    const_free(&u);   /* freeing twice is harmless: const_free zeroes */
    const_free(&one);
    ConstVal inf = const_make_double(INFINITY), nan = const_make_double(NAN);
    CHECK(inf.kind == CONST_UNKNOWN && nan.kind == CONST_UNKNOWN);
}

/* ---- representability ---------------------------------------------------- */

static void test_fits_integers(void)
{
    /* byte: "cannot use 300 (untyped int constant) as byte value in assignment (overflows)" */
    expect_fit("255", CONST_TO_UINT8, CONST_FIT_OK);
    expect_fit("256", CONST_TO_UINT8, CONST_FIT_OVERFLOWS);
    expect_fit("300", CONST_TO_UINT8, CONST_FIT_OVERFLOWS);
    expect_fit("0", CONST_TO_UINT8, CONST_FIT_OK);
    expect_fit("-1", CONST_TO_UINT8, CONST_FIT_OVERFLOWS);
    expect_fit("127", CONST_TO_INT8, CONST_FIT_OK);
    expect_fit("128", CONST_TO_INT8, CONST_FIT_OVERFLOWS);
    expect_fit("-128", CONST_TO_INT8, CONST_FIT_OK);
    expect_fit("-129", CONST_TO_INT8, CONST_FIT_OVERFLOWS);
    expect_fit("32767", CONST_TO_INT16, CONST_FIT_OK);
    expect_fit("32768", CONST_TO_INT16, CONST_FIT_OVERFLOWS);
    expect_fit("-32768", CONST_TO_INT16, CONST_FIT_OK);
    expect_fit("-32769", CONST_TO_INT16, CONST_FIT_OVERFLOWS);
    expect_fit("65535", CONST_TO_UINT16, CONST_FIT_OK);
    expect_fit("65536", CONST_TO_UINT16, CONST_FIT_OVERFLOWS);
    expect_fit("2147483647", CONST_TO_INT32, CONST_FIT_OK);
    expect_fit("2147483648", CONST_TO_INT32, CONST_FIT_OVERFLOWS);
    expect_fit("-2147483648", CONST_TO_INT32, CONST_FIT_OK);
    expect_fit("-2147483649", CONST_TO_INT32, CONST_FIT_OVERFLOWS);
    expect_fit("-3221225472", CONST_TO_INT32, CONST_FIT_OVERFLOWS);  /* 0xC0000000: not a power of two */
    expect_fit("4294967295", CONST_TO_UINT32, CONST_FIT_OK);
    expect_fit("4294967296", CONST_TO_UINT32, CONST_FIT_OVERFLOWS);
    expect_fit("'\\U0010FFFF'", CONST_TO_INT32, CONST_FIT_OK);
    /* 1<<63 fits uint64 but not int64; -1<<63 fits int64 */
    expect_fit("9223372036854775807", CONST_TO_INT64, CONST_FIT_OK);
    expect_fit("9223372036854775808", CONST_TO_INT64, CONST_FIT_OVERFLOWS);
    expect_fit("9223372036854775808", CONST_TO_UINT64, CONST_FIT_OK);
    expect_fit("-9223372036854775808", CONST_TO_INT64, CONST_FIT_OK);
    expect_fit("-9223372036854775809", CONST_TO_INT64, CONST_FIT_OVERFLOWS);
    expect_fit("-9223372036854775808", CONST_TO_UINT64, CONST_FIT_OVERFLOWS);
    expect_fit("18446744073709551615", CONST_TO_UINT64, CONST_FIT_OK);
    expect_fit("18446744073709551616", CONST_TO_UINT64, CONST_FIT_OVERFLOWS);
    expect_fit("-18446744073709551616", CONST_TO_INT64, CONST_FIT_OVERFLOWS);
    expect_fit(max_int_text, CONST_TO_UNTYPED_INT, CONST_FIT_OK);
    expect_fit(max_int_text, CONST_TO_INT64, CONST_FIT_OVERFLOWS);
    /* float constants: whole ones fit, the rest are "truncated", even 1e100 */
    expect_fit("2.0", CONST_TO_UINT8, CONST_FIT_OK);
    expect_fit("1e2", CONST_TO_INT8, CONST_FIT_OK);
    expect_fit("1.5", CONST_TO_INT64, CONST_FIT_TRUNCATED);
    expect_fit("-0.5", CONST_TO_UINT8, CONST_FIT_TRUNCATED);
    expect_fit("1e100", CONST_TO_INT64, CONST_FIT_TRUNCATED);
    expect_fit("256.0", CONST_TO_UINT8, CONST_FIT_TRUNCATED);
    expect_fit("1.5", CONST_TO_UNTYPED_INT, CONST_FIT_TRUNCATED);
    expect_fit("1e3", CONST_TO_UNTYPED_INT, CONST_FIT_OK);
    expect_fit("\"s\"", CONST_TO_INT64, CONST_FIT_NOT_NUMERIC);
    expect_fit("true", CONST_TO_FLOAT64, CONST_FIT_NOT_NUMERIC);

    ConstVal v = pow2(63), neg, r;
    CHECK(const_fits(&v, CONST_TO_UINT64) == CONST_FIT_OK);
    CHECK(const_fits(&v, CONST_TO_INT64) == CONST_FIT_OVERFLOWS);
    CHECK(const_unary(CONST_SUB, &v, 0, &neg) == CONST_OK);
    CHECK(const_fits(&neg, CONST_TO_INT64) == CONST_FIT_OK);
    CHECK(const_represent(&neg, CONST_TO_INT64, &r) == CONST_FIT_OK && r.kind == CONST_INT);
    expect_format(&r, "-9223372036854775808", "int64(-1<<63)");
    const_free(&r);
    ConstVal f = val("2.0");
    CHECK(const_represent(&f, CONST_TO_UINT8, &r) == CONST_FIT_OK && r.kind == CONST_INT);
    expect_format(&r, "2", "uint8(2.0)");
    const_free(&r), const_free(&f);
    f = val("1.5");
    CHECK(const_represent(&f, CONST_TO_INT32, &r) == CONST_FIT_TRUNCATED && r.kind == CONST_UNKNOWN);
    const_free(&f), const_free(&v), const_free(&neg);
}

static void expect_round(const char *x, ConstTarget t, ConstFit want_fit, double want)
{
    ConstVal v = val(x), r;
    ConstFit got = const_represent(&v, t, &r);
    CHECK(got == want_fit);
    if (want_fit == CONST_FIT_OK) {
        CHECK(r.kind == CONST_RAT);
        double d = const_double(&r);
        if (d != want)
            fprintf(stderr, "round(%s): got %a, want %a\n", x, d, want);
        CHECK(d == want);
    }
    const_free(&v), const_free(&r);
}

static void test_fits_floats(void)
{
    expect_round("1.5", CONST_TO_FLOAT64, CONST_FIT_OK, 1.5);
    expect_round("0.1", CONST_TO_FLOAT64, CONST_FIT_OK, 0.1);
    expect_round("0.1", CONST_TO_FLOAT32, CONST_FIT_OK, (double)0.1f);
    expect_round("1", CONST_TO_FLOAT32, CONST_FIT_OK, 1.0);
    expect_round("16777217", CONST_TO_FLOAT32, CONST_FIT_OK, 16777216.0);  /* ties to even */
    expect_round("16777219", CONST_TO_FLOAT32, CONST_FIT_OK, 16777220.0);
    expect_round("9007199254740993", CONST_TO_FLOAT64, CONST_FIT_OK, 9007199254740992.0);
    expect_round("9007199254740995", CONST_TO_FLOAT64, CONST_FIT_OK, 9007199254740996.0);
    expect_round("18446744073709551615", CONST_TO_FLOAT64, CONST_FIT_OK, 18446744073709551616.0);
    expect_round("1e308", CONST_TO_FLOAT64, CONST_FIT_OK, 1e308);
    expect_round("1.7976931348623157e308", CONST_TO_FLOAT64, CONST_FIT_OK, DBL_MAX);
    expect_round("1.7976931348623158e308", CONST_TO_FLOAT64, CONST_FIT_OK, DBL_MAX);
    expect_round("1.797693134862315808e308", CONST_TO_FLOAT64, CONST_FIT_OVERFLOWS, 0);  /* past DBL_MAX + half an ulp */
    expect_round("1e309", CONST_TO_FLOAT64, CONST_FIT_OVERFLOWS, 0);
    expect_round("-1e309", CONST_TO_FLOAT64, CONST_FIT_OVERFLOWS, 0);
    expect_round("3.4028234663852886e38", CONST_TO_FLOAT32, CONST_FIT_OK, (double)FLT_MAX);
    expect_round("3.5e38", CONST_TO_FLOAT32, CONST_FIT_OVERFLOWS, 0);
    expect_round("1e39", CONST_TO_FLOAT32, CONST_FIT_OVERFLOWS, 0);
    expect_round("340282356779733661637539395458142568448", CONST_TO_FLOAT32, CONST_FIT_OVERFLOWS, 0); /* FLT_MAX + half ulp: ties up to 2^128 */
    expect_round("340282356779733661637539395458142568447", CONST_TO_FLOAT32, CONST_FIT_OK, (double)FLT_MAX);
    expect_round("1e39", CONST_TO_FLOAT64, CONST_FIT_OK, 1e39);
    /* tiny values round to subnormals, or to zero: representable, as in go/types */
    expect_round("5e-324", CONST_TO_FLOAT64, CONST_FIT_OK, 0x1p-1074);
    expect_round("0x1p-1074", CONST_TO_FLOAT64, CONST_FIT_OK, 0x1p-1074);
    expect_round("0x1p-1075", CONST_TO_FLOAT64, CONST_FIT_OK, 0);           /* a tie: to even, 0 */
    expect_round("0x1.8p-1075", CONST_TO_FLOAT64, CONST_FIT_OK, 0x1p-1074);
    expect_round("2.2250738585072014e-308", CONST_TO_FLOAT64, CONST_FIT_OK, DBL_MIN);
    expect_round("1e-400", CONST_TO_FLOAT64, CONST_FIT_OK, 0);
    expect_round("1e-46", CONST_TO_FLOAT32, CONST_FIT_OK, 0);
    expect_round("1e-45", CONST_TO_FLOAT32, CONST_FIT_OK, (double)0x1p-149f);
    expect_round("1.1754943508222875e-38", CONST_TO_FLOAT32, CONST_FIT_OK, (double)FLT_MIN);
    expect_round("-0.0", CONST_TO_FLOAT64, CONST_FIT_OK, 0);
    expect_fit("1e1000", CONST_TO_UNTYPED_FLOAT, CONST_FIT_OK);
    expect_fit("1", CONST_TO_UNTYPED_FLOAT, CONST_FIT_OK);

    /* the float64 value of 0.1 is not 1/10 */
    ConstVal v = val("0.1"), r, tenth = val("0.1");
    bool eq;
    CHECK(const_represent(&v, CONST_TO_FLOAT64, &r) == CONST_FIT_OK);
    CHECK(const_compare(CONST_EQL, &r, &tenth, &eq) == CONST_OK && !eq);
    expect_format(&r, "0.1", "float64(0.1)");
    const_free(&r);
    CHECK(const_represent(&v, CONST_TO_UNTYPED_FLOAT, &r) == CONST_FIT_OK);
    CHECK(const_compare(CONST_EQL, &r, &tenth, &eq) == CONST_OK && eq);
    const_free(&r), const_free(&v), const_free(&tenth);
}

/* ---- rationals ----------------------------------------------------------- */

static void test_float_literals(void)
{
    expect_lit("1.5", CONST_RAT, "1.5");
    expect_lit("0.1", CONST_RAT, "0.1");
    expect_lit(".5", CONST_RAT, "0.5");
    expect_lit("1.", CONST_RAT, "1");
    expect_lit("1e+5", CONST_RAT, "100000");
    expect_lit("1E5", CONST_RAT, "100000");
    expect_lit("1e6", CONST_RAT, "1e+06");
    expect_lit("1e-5", CONST_RAT, "1e-05");
    expect_lit("0.0001", CONST_RAT, "0.0001");
    expect_lit("1_000.000_5", CONST_RAT, "1000.0005");  /* Go 1.20+ (issue 56220) */
    expect_lit("1e100", CONST_RAT, "1e+100");
    expect_lit("6.02214076e23", CONST_RAT, "6.02214e+23");
    expect_lit("3.14159265358979323846264338327950288419716939937510582097494459", CONST_RAT, "3.14159");
    expect_lit("0.0", CONST_RAT, "0");
    expect_lit("0e999999999", CONST_RAT, "0");
    expect_lit("00.5", CONST_RAT, "0.5");
    expect_lit("017.5", CONST_RAT, "17.5");
    expect_lit("-2.5", CONST_RAT, "-2.5");
    /* hexadecimal: mantissa times a power of two */
    expect_lit("0x1p-2", CONST_RAT, "0.25");
    expect_lit("0X1P-2", CONST_RAT, "0.25");
    expect_lit("0x1p4", CONST_RAT, "16");
    expect_lit("0x1.8p1", CONST_RAT, "3");
    expect_lit("0x.8p1", CONST_RAT, "1");
    expect_lit("0x_1FFFp-16", CONST_RAT, "0.124985");
    expect_lit("0x1p-1074", CONST_RAT, "4.94066e-324");
    expect_lit("0x1.fffffffffffffp1023", CONST_RAT, "1.79769e+308");
    expect_lit("0x0p0", CONST_RAT, "0");
    expect_lit("0x15e", CONST_INT, "350");     /* an int: e is a hex digit */

    ConstVal v;
    CHECK(const_make_float_lit("1e", 2, &v) == CONST_MALFORMED);
    CHECK(const_make_float_lit("0x1.5", 5, &v) == CONST_MALFORMED);
    CHECK(const_make_float_lit("1__0.5", 6, &v) == CONST_MALFORMED);
    CHECK(const_make_float_lit("inf", 3, &v) == CONST_MALFORMED);
    CHECK(const_make_float_lit(" 1.5", 4, &v) == CONST_MALFORMED);
    CHECK(const_make_float_lit("1e5000", 6, &v) == CONST_OVERFLOW);  /* go/constant goes inexact there */
    CHECK(const_make_float_lit("1e-5000", 7, &v) == CONST_OVERFLOW);
    CHECK(const_make_float_lit("0x1p5000", 8, &v) == CONST_OVERFLOW);
    CHECK(const_make_float_lit("1e-1000000000000", 16, &v) == CONST_OVERFLOW);
    CHECK(v.kind == CONST_UNKNOWN);
    /* 1 followed by 3000 zeros and e-3000 is exactly 1 */
    static char text[3020] = "1";
    memset(text + 1, '0', 3000);
    strcpy(text + 3001, "e-3000");
    CHECK(const_make_float_lit(text, strlen(text), &v) == CONST_OK);
    expect_format(&v, "1", "1000...e-3000");
    const_free(&v);
}

static void test_rational_exactness(void)
{
    static const Row rows[] = {
        {"0.1", CONST_ADD, "0.2", "0.3"},
        {"1.5", CONST_ADD, "1", "2.5"},
        {"1", CONST_QUO, "3.0", "0.333333"},
        {"2.0", CONST_QUO, "4", "0.5"},
        {"1.0", CONST_QUO, "-8", "-0.125"},
        {"-1.5", CONST_MUL, "-2", "3"},
        {"0.5", CONST_SUB, "0.75", "-0.25"},
        {"1e300", CONST_MUL, "1e300", "1e+600"},
        {"1e-300", CONST_MUL, "1e-300", "1e-600"},
        {"1e308", CONST_MUL, "10", "1e+309"},
        {"1.0", CONST_QUO, "7", "0.142857"},
        {"22.0", CONST_QUO, "7", "3.14286"},
        {"100000.5", CONST_ADD, "0", "100000.5"},
        {"1000000.5", CONST_ADD, "0", "1.0000005e+06"},
        {"1e6", CONST_ADD, "0.25", "1.00000025e+06"},
        {"123456.7", CONST_ADD, "0", "123456.7"},   /* Go 1.20+: %.6g hid the fraction */
        {"0.000012345", CONST_MUL, "1", "1.2345e-05"},
        {"0.1", CONST_MUL, "3", "0.3"},
        {"2.5", CONST_MUL, "1.0", "2.5"},
        {"1e20", CONST_ADD, "1", "1e+20"},
        {"-1e-7", CONST_ADD, "0", "-1e-07"},
    };
    RUN(rows);
    /* 0.1 + 0.2 == 0.3 and 1/3*3 == 1 exactly, as untyped constants */
    expect_cmp("0.30000000000000000000000000000000000000001", CONST_GTR, "0.3", true);
    ConstVal a = val("0.1"), b = val("0.2"), c = val("0.3"), s, third, one = val("1.0"), three = val("3");
    bool eq;
    CHECK(const_binary(CONST_ADD, &a, &b, &s) == CONST_OK);
    CHECK(const_compare(CONST_EQL, &s, &c, &eq) == CONST_OK && eq);
    CHECK(s.kind == CONST_RAT && s.num.len == 1 && s.num.limbs[0] == 3 && s.den.limbs[0] == 10);
    const_free(&s);
    CHECK(const_binary(CONST_QUO, &one, &three, &third) == CONST_OK);
    CHECK(const_binary(CONST_MUL, &third, &three, &s) == CONST_OK);
    CHECK(const_compare(CONST_EQL, &s, &one, &eq) == CONST_OK && eq);
    CHECK(s.kind == CONST_RAT);   /* still a float constant, whole or not */
    expect_format(&s, "1", "1.0/3*3");
    const_free(&s);
    /* but integer constants divide as integers */
    ConstVal i1 = val("1");
    CHECK(const_binary(CONST_QUO, &i1, &three, &s) == CONST_OK && s.kind == CONST_INT);
    expect_format(&s, "0", "1/3");
    const_free(&s);
    /* 1/3 as float64 and back is close but not equal */
    ConstVal r;
    CHECK(const_represent(&third, CONST_TO_FLOAT64, &r) == CONST_FIT_OK);
    CHECK(const_compare(CONST_EQL, &r, &third, &eq) == CONST_OK && !eq);
    CHECK(const_double(&r) == 1.0 / 3);
    const_free(&r);
    const_free(&a), const_free(&b), const_free(&c), const_free(&third), const_free(&one);
    const_free(&three), const_free(&i1);

    /* normalised: 6/4 is 3/2 with a positive denominator */
    ConstVal six = val("6.0"), m4 = val("-4"), q;
    CHECK(const_binary(CONST_QUO, &six, &m4, &q) == CONST_OK);
    CHECK(q.num.neg && q.num.limbs[0] == 3 && !q.den.neg && q.den.limbs[0] == 2);
    expect_format(&q, "-1.5", "6.0 / -4");
    const_free(&six), const_free(&m4), const_free(&q);
    expect_binary("1e1000", CONST_MUL, "1e1000", CONST_OVERFLOW, "");
}

static void test_conversions(void)
{
    ConstVal v = val("1.5"), r;
    /* "constant 1.5 truncated to integer" */
    CHECK(const_to_int(&v, &r) == CONST_TRUNCATED && r.kind == CONST_UNKNOWN);
    const_free(&v);
    v = val("3.0");
    CHECK(const_to_int(&v, &r) == CONST_OK && r.kind == CONST_INT);
    expect_format(&r, "3", "int(3.0)");
    const_free(&r), const_free(&v);
    v = val("-1e30");
    CHECK(const_to_int(&v, &r) == CONST_OK);
    expect_format(&r, "-1000000000000000000000000000000", "int(-1e30)");
    const_free(&r), const_free(&v);
    v = val("1e200");   /* 665 bits: past the integer limit */
    CHECK(const_to_int(&v, &r) == CONST_OVERFLOW);
    const_free(&v);
    v = val("7");
    CHECK(const_to_rat(&v, &r) == CONST_OK && r.kind == CONST_RAT);
    expect_format(&r, "7", "float(7)");
    const_free(&r), const_free(&v);
    v = val("\"s\"");
    CHECK(const_to_int(&v, &r) == CONST_BAD_OPERAND);
    CHECK(const_to_rat(&v, &r) == CONST_BAD_OPERAND);
    const_free(&v);

    /* doubles are exact rationals */
    v = const_make_double(0.1);
    ConstVal want = val("0.1000000000000000055511151231257827021181583404541015625");
    bool eq;
    CHECK(const_compare(CONST_EQL, &v, &want, &eq) == CONST_OK && eq);
    const_free(&v), const_free(&want);
    v = const_make_double(-0x1p-1074);
    want = val("-0x1p-1074");
    CHECK(const_compare(CONST_EQL, &v, &want, &eq) == CONST_OK && eq);
    const_free(&v), const_free(&want);
    v = const_make_double(0x1.fffffffffffffp1023);
    CHECK(const_double(&v) == DBL_MAX);
    expect_format(&v, "1.79769e+308", "DBL_MAX");
    const_free(&v);
    v = const_make_double(-0.0);
    CHECK(const_sign(&v) == 0 && !v.num.neg);
    expect_format(&v, "0", "-0.0");
    const_free(&v);
}

static void test_extraction(void)
{
    int64_t i;
    uint64_t u;
    ConstVal v = val("-9223372036854775808");
    CHECK(const_int64(&v, &i) && i == INT64_MIN);
    CHECK(!const_uint64(&v, &u));
    CHECK(const_double(&v) == -0x1p63);
    const_free(&v);
    v = val("9223372036854775807");
    CHECK(const_int64(&v, &i) && i == INT64_MAX);
    CHECK(const_uint64(&v, &u) && u == INT64_MAX);
    const_free(&v);
    v = val("9223372036854775808");
    CHECK(!const_int64(&v, &i));
    CHECK(const_uint64(&v, &u) && u == 1ull << 63);
    const_free(&v);
    v = val("18446744073709551615");
    CHECK(const_uint64(&v, &u) && u == UINT64_MAX);
    CHECK(const_double(&v) == 0x1p64);
    const_free(&v);
    v = val("18446744073709551616");
    CHECK(!const_uint64(&v, &u) && !const_int64(&v, &i));
    const_free(&v);
    v = val("-42");
    CHECK(const_int64(&v, &i) && i == -42);
    CHECK(const_sign(&v) == -1);
    const_free(&v);
    v = val("2.0");
    CHECK(const_int64(&v, &i) && i == 2);
    const_free(&v);
    v = val("2.5");
    CHECK(!const_int64(&v, &i));
    CHECK(const_double(&v) == 2.5);
    CHECK(const_sign(&v) == 1);
    const_free(&v);
    v = val("1e400");
    CHECK(isinf(const_double(&v)) && const_double(&v) > 0);
    const_free(&v);
    v = val("0.1");
    CHECK(const_double(&v) == 0.1);
    const_free(&v);
    v = val("\"s\"");
    CHECK(const_double(&v) == 0 && !const_int64(&v, &i));
    const_free(&v);
    v = const_make_int64(INT64_MIN);
    expect_format(&v, "-9223372036854775808", "INT64_MIN");
    const_free(&v);
    v = const_make_uint64(UINT64_MAX);
    expect_format(&v, "18446744073709551615", "UINT64_MAX");
    const_free(&v);
}

/* ---- printing ------------------------------------------------------------ */

static void test_format_numbers(void)
{
    ConstVal v = pow2(100);
    expect_format(&v, "1267650600228229401496703205376", "1 << 100");
    const_free(&v);
    v = pow2(64);
    expect_format(&v, "18446744073709551616", "1 << 64");
    const_free(&v);
    v = pow2(511);
    expect_format(&v, "6703903964971298549787012499102923063739682910296196688861780721860882015036773488400937149083451713845015929093243025426876941405973284973216824503042048", "1 << 511");
    const_free(&v);
    expect_lit("1000000000", CONST_INT, "1000000000");          /* nine-digit chunks */
    expect_lit("1000000000000000000", CONST_INT, "1000000000000000000");
    expect_lit("999999999999999999", CONST_INT, "999999999999999999");
    expect_lit("-1000000001", CONST_INT, "-1000000001");
    /* go/constant prints floats as %.6g, or %g when that hides a fraction */
    expect_lit("2.0", CONST_RAT, "2");
    expect_lit("0.5", CONST_RAT, "0.5");
    expect_lit("123456", CONST_INT, "123456");
    expect_lit("123456.0", CONST_RAT, "123456");
    expect_lit("1234567.0", CONST_RAT, "1.23457e+06");
    expect_lit("0.000123", CONST_RAT, "0.000123");
    expect_lit("0.0000123", CONST_RAT, "1.23e-05");
    expect_lit("1e21", CONST_RAT, "1e+21");
    expect_lit("1.7976931348623157e308", CONST_RAT, "1.79769e+308");
    /* out of float64's range: go/constant's own approximation */
    expect_lit("1e309", CONST_RAT, "1e+309");
    expect_lit("1e1000", CONST_RAT, "1e+1000");
    expect_lit("-2.5e400", CONST_RAT, "-2.5e+400");
    expect_lit("1e-400", CONST_RAT, "1e-400");
    expect_lit("1.5e-1000", CONST_RAT, "1.5e-1000");
    expect_lit("0x1p-1075", CONST_RAT, "2.47033e-324");
    expect_lit("0x1p-1080", CONST_RAT, "0.771978e-325");
}

static void test_format_strings(void)
{
    expect_lit("\"hello\"", CONST_STRING, "\"hello\"");
    expect_lit("\"\"", CONST_STRING, "\"\"");
    expect_lit("\"a\\nb\\t\\\"q\\\" \\\\\"", CONST_STRING, "\"a\\nb\\t\\\"q\\\" \\\\\"");
    expect_lit("\"\\a\\b\\f\\r\\v\"", CONST_STRING, "\"\\a\\b\\f\\r\\v\"");
    expect_lit("\"\\x00\\x1f\\x7f\"", CONST_STRING, "\"\\x00\\x1f\\x7f\"");
    expect_lit("\"\\xff\"", CONST_STRING, "\"\\xff\"");
    expect_lit("\"héllo, 世界\"", CONST_STRING, "\"héllo, 世界\"");
    expect_lit("\"\\u00e9\"", CONST_STRING, "\"é\"");
    expect_lit("\"\\u0085\"", CONST_STRING, "\"\\u0085\"");
    expect_lit("\"\\U000e0001\"", CONST_STRING, "\"\\U000e0001\"");
    expect_lit("`raw\\n`", CONST_STRING, "\"raw\\\\n\"");
    expect_lit("'x'", CONST_INT, "120");
    expect_lit("true", CONST_BOOL, "true");
    expect_lit("false", CONST_BOOL, "false");
    /* long strings: 69 runes of the quoted form, then "..." */
    char text[120] = "\"";
    for (int i = 0; i < 80; i++)
        strcat(text, i % 10 == 9 ? "9" : "a");
    strcat(text, "\"");
    expect_lit(text, CONST_STRING,
               "\"aaaaaaaaa9aaaaaaaaa9aaaaaaaaa9aaaaaaaaa9aaaaaaaaa9aaaaaaaaa9aaaaaaaa...");
    char fits[80] = "\"";
    for (int i = 0; i < 70; i++)
        strcat(fits, "b");
    strcat(fits, "\"");
    expect_lit(fits, CONST_STRING, fits);   /* 72 runes with the quotes: whole */
    fits[70] = 'b', fits[71] = 'b', fits[72] = '"', fits[73] = '\0';
    expect_lit(fits, CONST_STRING,
               "\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb...");
    char wide[400] = "\"";
    for (int i = 0; i < 80; i++)
        strcat(wide, "世");
    strcat(wide, "\"");
    char want[400] = "\"";
    for (int i = 0; i < 68; i++)
        strcat(want, "世");
    strcat(want, "...");
    expect_lit(wide, CONST_STRING, want);
}

static void test_copy_and_make(void)
{
    ConstVal s = const_make_string("ab\0c", 4), c = const_copy(&s);
    CHECK(c.kind == CONST_STRING && c.len == 4 && c.str != s.str && memcmp(c.str, "ab\0c", 4) == 0);
    expect_format(&c, "\"ab\\x00c\"", "copy");
    const_free(&s), const_free(&c);
    ConstVal r = val("-1.25"), rc = const_copy(&r);
    CHECK(rc.num.limbs != r.num.limbs && rc.den.limbs != r.den.limbs);
    expect_format(&rc, "-1.25", "copy");
    const_free(&r), const_free(&rc);
    ConstVal b = const_make_bool(true), bc = const_copy(&b);
    CHECK(bc.kind == CONST_BOOL && bc.b);
    const_free(&b), const_free(&bc);
}

int main(void)
{
    test_int_literals();
    test_int_literal_limits();
    test_int_arithmetic();
    test_int_division_by_zero();
    test_big_products();
    test_bitwise();
    test_unary();
    test_shifts();
    test_comparisons();
    test_bool_and_string_ops();
    test_unknown();

    test_fits_integers();
    test_fits_floats();

    test_float_literals();
    test_rational_exactness();
    test_conversions();
    test_extraction();

    test_format_numbers();
    test_format_strings();
    test_copy_and_make();

    printf("const_test: %d checks passed\n", checks);
    return 0;
}
