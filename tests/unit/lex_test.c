/* lex_test.c - unit tests for golex/lex.c: automatic semicolons (Go spec,
 * "Semicolons"), token positions in bytes, operators by longest match, and
 * that a bad character gives one diagnostic and lexing goes on (quoted
 * only when strconv.IsPrint would print it).  The
 * command-line contract is tested in tests/golex.bats. */
#undef NDEBUG
#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "lex.h"
#include "token.h"
#include "utf8.h"

/* Checks passed so far, for the summary line.  A global only so that the
 * CHECK macro stays a one-liner in every test. */
static int checks;

#define CHECK(cond) (assert(cond), checks++)

#define MAX_TOKENS 64

/* Every token of one source text, up to and including TOK_EOF. */
typedef struct Lexed {
    Token toks[MAX_TOKENS];
    size_t n;
    Diag diag;
} Lexed;

static const char *const file_names[] = {"test.go"};

/* ---- helpers ---------------------------------------------------------- */

/* Lex src to its end.  src must outlive x: token text points into it. */
static void lex_all(Lexed *x, const char *src)
{
    Lexer l;
    diag_init(&x->diag, file_names, 1);
    lex_init(&l, src, strlen(src), 0, &x->diag);
    x->n = 0;
    do {
        assert(x->n < MAX_TOKENS);
        lex_next(&l, &x->toks[x->n]);
    } while (x->toks[x->n++].kind != TOK_EOF);
}

static void lexed_free(Lexed *x)
{
    diag_free(&x->diag);
}

static void print_tokens(const Lexed *x)
{
    for (size_t i = 0; i < x->n; i++) {
        const Token *t = &x->toks[i];
        fprintf(stderr, " %s@%u:%u", tok_name(t->kind), t->pos.line, t->pos.col);
        if (t->text)
            fprintf(stderr, "(%.*s)", (int)t->len, t->text);
    }
    fputc('\n', stderr);
}

/* Is t an automatic semicolon with the given reason ("newline", "EOF")? */
static bool is_auto_semi(const Token *t, const char *why)
{
    return t->kind == TOK_SEMI && t->text != NULL && t->len == strlen(why) &&
           memcmp(t->text, why, t->len) == 0;
}

static bool is_text(const Token *t, const char *text)
{
    return t->text != NULL && t->len == strlen(text) && memcmp(t->text, text, t->len) == 0;
}

static bool is_at(const Token *t, uint32_t line, uint32_t col)
{
    return t->pos.file == 0 && t->pos.line == line && t->pos.col == col;
}

/* src must lex, without errors, to exactly the kinds want[0..n) (the last
 * one TOK_EOF). */
static void expect_kinds(const char *src, const TokKind *want, size_t n)
{
    Lexed x;
    lex_all(&x, src);
    bool same = x.n == n && x.diag.len == 0;
    for (size_t i = 0; same && i < n; i++)
        same = x.toks[i].kind == want[i];
    if (!same) {
        fprintf(stderr, "lexing \"%s\" gave %zu errors and:", src, x.diag.len);
        print_tokens(&x);
    }
    CHECK(same);
    lexed_free(&x);
}

#define KINDS(src, ...)                                                        \
    expect_kinds(src, (const TokKind[]){__VA_ARGS__},                          \
                 sizeof((const TokKind[]){__VA_ARGS__}) / sizeof(TokKind))

/* Lex line + "\n" and check whether the newline became a semicolon: if so
 * it is the last token before EOF, says "newline" and stands where the
 * '\n' was; if not, no automatic semicolon appears at all. */
static void expect_semi_after(const char *line, bool want)
{
    char src[128];
    snprintf(src, sizeof src, "%s\n", line);
    Lexed x;
    lex_all(&x, src);
    size_t semis = 0;
    for (size_t i = 0; i < x.n; i++)
        semis += x.toks[i].kind == TOK_SEMI && x.toks[i].text != NULL;
    if (semis != (want ? 1u : 0u)) {
        fprintf(stderr, "\"%s\" + newline:", line);
        print_tokens(&x);
    }
    CHECK(x.diag.len == 0);
    CHECK(semis == (want ? 1u : 0u));
    if (want) {
        CHECK(x.n >= 2);
        const Token *semi = &x.toks[x.n - 2];
        CHECK(is_auto_semi(semi, "newline"));
        CHECK(is_at(semi, 1, (uint32_t)strlen(line) + 1));
    }
    lexed_free(&x);
}

/* ---- automatic semicolons --------------------------------------------- */

/* "an identifier, an integer, floating-point, imaginary, rune, or string
 * literal" ends a line's statement. */
static void test_semi_after_operands(void)
{
    expect_semi_after("x", true);
    expect_semi_after("x_1", true);
    expect_semi_after("returned", true);   /* an identifier, not return */
    expect_semi_after("42", true);
    expect_semi_after("0x_FF", true);
    expect_semi_after("1.5", true);
    expect_semi_after(".5", true);
    expect_semi_after("1e3", true);
    expect_semi_after("'a'", true);
    expect_semi_after("'\\n'", true);
    expect_semi_after("\"s\"", true);
    expect_semi_after("`raw`", true);
}

/* "one of the keywords break, continue, fallthrough, or return", "one of
 * the operators and punctuation ++, --, ), ], or }". */
static void test_semi_after_keywords_and_closers(void)
{
    expect_semi_after("break", true);
    expect_semi_after("continue", true);
    expect_semi_after("fallthrough", true);
    expect_semi_after("return", true);
    expect_semi_after("x++", true);
    expect_semi_after("x--", true);
    expect_semi_after("f()", true);
    expect_semi_after("a[i]", true);
    expect_semi_after("}", true);
    expect_semi_after("x // comment", true);
}

static void test_no_semi_after_operators(void)
{
    static const char *const lines[] = {
        "x +", "x -", "x *", "x /", "x ,", "x =", "x :=", "x ==", "x &&",
        "x ||", "x <-", "x .", "x :", "x &^", "x +=", "x <<=", "f(", "a[",
        "{", "!", "~", "...",
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        expect_semi_after(lines[i], false);
}

static void test_no_semi_after_other_keywords(void)
{
    static const char *const lines[] = {
        "package", "import", "func", "var", "const", "type", "if", "else",
        "for", "switch", "case", "default", "select", "go", "defer", "goto",
        "range", "map", "chan", "struct", "interface",
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        expect_semi_after(lines[i], false);
}

/* Blank lines, and newlines after a semicolon, add nothing. */
static void test_semi_not_repeated(void)
{
    KINDS("x\n\n\ny\n", TOK_IDENT, TOK_SEMI, TOK_IDENT, TOK_SEMI, TOK_EOF);
    KINDS("\n\nx", TOK_IDENT, TOK_SEMI, TOK_EOF);
    KINDS("x;\n", TOK_IDENT, TOK_SEMI, TOK_EOF);
    KINDS("x\r\ny\r\n", TOK_IDENT, TOK_SEMI, TOK_IDENT, TOK_SEMI, TOK_EOF);
}

/* An explicit ';' is a SEMI token without text. */
static void test_explicit_semi(void)
{
    Lexed x;
    lex_all(&x, "a; b");
    CHECK(x.n == 5);
    CHECK(x.toks[1].kind == TOK_SEMI);
    CHECK(x.toks[1].text == NULL && x.toks[1].len == 0);
    CHECK(is_at(&x.toks[1], 1, 2));
    CHECK(is_auto_semi(&x.toks[3], "EOF"));
    lexed_free(&x);
}

/* A statement at the very end of the file gets a semicolon with text
 * "EOF", at the end position; then TOK_EOF comes forever. */
static void test_semi_at_eof(void)
{
    const char *src = "x";
    Diag d;
    Lexer l;
    Token t;
    diag_init(&d, file_names, 1);
    lex_init(&l, src, strlen(src), 0, &d);
    lex_next(&l, &t);
    CHECK(t.kind == TOK_IDENT && is_text(&t, "x") && is_at(&t, 1, 1));
    lex_next(&l, &t);
    CHECK(is_auto_semi(&t, "EOF"));
    CHECK(is_at(&t, 1, 2));
    for (int i = 0; i < 3; i++) {
        lex_next(&l, &t);
        CHECK(t.kind == TOK_EOF);
        CHECK(is_at(&t, 1, 2));
    }
    CHECK(d.len == 0);
    diag_free(&d);

    KINDS("x +", TOK_IDENT, TOK_ADD, TOK_EOF);
    KINDS("return", TOK_RETURN, TOK_SEMI, TOK_EOF);
    KINDS("x // no newline", TOK_IDENT, TOK_SEMI, TOK_EOF);
    KINDS("", TOK_EOF);
}

/* A block comment that spans lines acts like a newline: the semicolon
 * stands at the comment's start.  One on a single line is a space. */
static void test_semi_block_comments(void)
{
    Lexed x;
    lex_all(&x, "x /* one\ntwo */ y");
    CHECK(x.n == 5 && x.diag.len == 0);
    CHECK(x.toks[0].kind == TOK_IDENT);
    CHECK(is_auto_semi(&x.toks[1], "newline"));
    CHECK(is_at(&x.toks[1], 1, 3));
    CHECK(x.toks[2].kind == TOK_IDENT && is_at(&x.toks[2], 2, 8));
    CHECK(is_auto_semi(&x.toks[3], "EOF"));
    lexed_free(&x);

    KINDS("x /* one line */ y", TOK_IDENT, TOK_IDENT, TOK_SEMI, TOK_EOF);
    /* No semicolon is due after '+', so the comment adds none. */
    KINDS("x + /*\n*/ y", TOK_IDENT, TOK_ADD, TOK_IDENT, TOK_SEMI, TOK_EOF);
    /* After a newline's semicolon, a comment on its own lines adds none. */
    KINDS("x\n/*\n*/\ny", TOK_IDENT, TOK_SEMI, TOK_IDENT, TOK_SEMI, TOK_EOF);
}

static void test_semi_single_line_block_comment_then_newline(void)
{
    Lexed x;
    lex_all(&x, "x /* c */\ny");
    CHECK(x.n == 5 && x.diag.len == 0);
    CHECK(is_auto_semi(&x.toks[1], "newline"));
    CHECK(is_at(&x.toks[1], 1, 10));   /* the '\n', not the comment */
    lexed_free(&x);
}

/* A line comment stops before its newline, which then gives the
 * semicolon at its own position. */
static void test_semi_line_comment(void)
{
    Lexed x;
    lex_all(&x, "x // note\ny");
    CHECK(x.n == 5 && x.diag.len == 0);
    CHECK(is_auto_semi(&x.toks[1], "newline"));
    CHECK(is_at(&x.toks[1], 1, 10));
    CHECK(x.toks[2].kind == TOK_IDENT && is_at(&x.toks[2], 2, 1));
    lexed_free(&x);
}

/* ---- positions -------------------------------------------------------- */

/* Columns count bytes from 1: a tab is one column, é is two. */
static void test_positions(void)
{
    const char *src = "package p\n"
                      "\tvar \xC3\xA9, b = 'x', \"s\"\n"
                      "h\xC3\xA9llo := \xC3\xA9";
    static const struct { TokKind kind; uint32_t line, col; const char *text; } want[] = {
        {TOK_PACKAGE, 1, 1, NULL}, {TOK_IDENT, 1, 9, "p"}, {TOK_SEMI, 1, 10, "newline"},
        {TOK_VAR, 2, 2, NULL}, {TOK_IDENT, 2, 6, "\xC3\xA9"}, {TOK_COMMA, 2, 8, NULL},
        {TOK_IDENT, 2, 10, "b"}, {TOK_ASSIGN, 2, 12, NULL}, {TOK_CHAR, 2, 14, "'x'"},
        {TOK_COMMA, 2, 17, NULL}, {TOK_STRING, 2, 19, "\"s\""}, {TOK_SEMI, 2, 22, "newline"},
        {TOK_IDENT, 3, 1, "h\xC3\xA9llo"}, {TOK_DEFINE, 3, 8, NULL},
        {TOK_IDENT, 3, 11, "\xC3\xA9"}, {TOK_SEMI, 3, 13, "EOF"}, {TOK_EOF, 3, 13, NULL},
    };
    size_t n = sizeof want / sizeof want[0];
    Lexed x;
    lex_all(&x, src);
    if (x.n != n)
        print_tokens(&x);
    CHECK(x.n == n && x.diag.len == 0);
    for (size_t i = 0; i < n; i++) {
        const Token *t = &x.toks[i];
        CHECK(t->kind == want[i].kind);
        CHECK(is_at(t, want[i].line, want[i].col));
        CHECK(want[i].text ? is_text(t, want[i].text) : t->text == NULL && t->len == 0);
    }
    lexed_free(&x);
}

/* Lines inside raw strings and block comments are counted too. */
static void test_positions_after_multiline_tokens(void)
{
    Lexed x;
    lex_all(&x, "s := `a\nb` + t\n/* 1\n2\n*/ u");
    CHECK(x.diag.len == 0);
    CHECK(x.toks[2].kind == TOK_STRING && is_at(&x.toks[2], 1, 6));
    CHECK(is_text(&x.toks[2], "`a\nb`"));
    CHECK(x.toks[3].kind == TOK_ADD && is_at(&x.toks[3], 2, 4));
    CHECK(x.toks[4].kind == TOK_IDENT && is_at(&x.toks[4], 2, 6));
    CHECK(is_auto_semi(&x.toks[5], "newline") && is_at(&x.toks[5], 2, 7));
    CHECK(x.toks[6].kind == TOK_IDENT && is_at(&x.toks[6], 5, 4));
    lexed_free(&x);
}

/* ---- operators -------------------------------------------------------- */

static void test_assign_operators(void)
{
    KINDS("&^= <<= >>= += -= *= /= %= &= |= ^= = :=",
          TOK_AND_NOT_ASSIGN, TOK_SHL_ASSIGN, TOK_SHR_ASSIGN, TOK_ADD_ASSIGN,
          TOK_SUB_ASSIGN, TOK_MUL_ASSIGN, TOK_QUO_ASSIGN, TOK_REM_ASSIGN,
          TOK_AND_ASSIGN, TOK_OR_ASSIGN, TOK_XOR_ASSIGN, TOK_ASSIGN, TOK_DEFINE,
          TOK_EOF);
}

static void test_other_operators(void)
{
    KINDS("+ - * / % & | ^ << >> &^ && || <- ++ --",
          TOK_ADD, TOK_SUB, TOK_MUL, TOK_QUO, TOK_REM, TOK_AND, TOK_OR, TOK_XOR,
          TOK_SHL, TOK_SHR, TOK_AND_NOT, TOK_LAND, TOK_LOR, TOK_ARROW, TOK_INC,
          TOK_DEC, TOK_SEMI, TOK_EOF);
    KINDS("== != < <= > >= ! ~ ... . , : ( ) [ ] { }",
          TOK_EQL, TOK_NEQ, TOK_LSS, TOK_LEQ, TOK_GTR, TOK_GEQ, TOK_NOT, TOK_TILDE,
          TOK_ELLIPSIS, TOK_PERIOD, TOK_COMMA, TOK_COLON, TOK_LPAREN, TOK_RPAREN,
          TOK_LBRACK, TOK_RBRACK, TOK_LBRACE, TOK_RBRACE, TOK_SEMI, TOK_EOF);
}

/* Without spaces each operator is the longest one that matches. */
static void test_longest_match(void)
{
    KINDS("a&^=b", TOK_IDENT, TOK_AND_NOT_ASSIGN, TOK_IDENT, TOK_SEMI, TOK_EOF);
    KINDS("a<<=b", TOK_IDENT, TOK_SHL_ASSIGN, TOK_IDENT, TOK_SEMI, TOK_EOF);
    KINDS("x:=<-ch", TOK_IDENT, TOK_DEFINE, TOK_ARROW, TOK_IDENT, TOK_SEMI, TOK_EOF);
    KINDS("f(a...)", TOK_IDENT, TOK_LPAREN, TOK_IDENT, TOK_ELLIPSIS, TOK_RPAREN,
          TOK_SEMI, TOK_EOF);
    KINDS("a<--b", TOK_IDENT, TOK_ARROW, TOK_SUB, TOK_IDENT, TOK_SEMI, TOK_EOF);
    KINDS("a+++b", TOK_IDENT, TOK_INC, TOK_ADD, TOK_IDENT, TOK_SEMI, TOK_EOF);
    KINDS("a&&^b", TOK_IDENT, TOK_LAND, TOK_XOR, TOK_IDENT, TOK_SEMI, TOK_EOF);
    KINDS("a..b", TOK_IDENT, TOK_PERIOD, TOK_PERIOD, TOK_IDENT, TOK_SEMI, TOK_EOF);
    KINDS("x.y", TOK_IDENT, TOK_PERIOD, TOK_IDENT, TOK_SEMI, TOK_EOF);
    KINDS("x.5", TOK_IDENT, TOK_FLOAT, TOK_SEMI, TOK_EOF);
    KINDS("a/b", TOK_IDENT, TOK_QUO, TOK_IDENT, TOK_SEMI, TOK_EOF);
}

/* Keywords carry no text; identifiers and literals carry theirs. */
static void test_token_text(void)
{
    Lexed x;
    lex_all(&x, "if iff 0x_FF 1.5e3 \"a\\n\"");
    CHECK(x.n == 7 && x.diag.len == 0);
    CHECK(x.toks[0].kind == TOK_IF && x.toks[0].text == NULL && x.toks[0].len == 0);
    CHECK(x.toks[1].kind == TOK_IDENT && is_text(&x.toks[1], "iff"));
    CHECK(x.toks[2].kind == TOK_INT && is_text(&x.toks[2], "0x_FF"));
    CHECK(x.toks[3].kind == TOK_FLOAT && is_text(&x.toks[3], "1.5e3"));
    CHECK(x.toks[4].kind == TOK_STRING && is_text(&x.toks[4], "\"a\\n\""));
    lexed_free(&x);
}

/* ---- errors ----------------------------------------------------------- */

/* A character that starts no token is reported once, then skipped. */
static void test_invalid_character(void)
{
    Lexed x;
    lex_all(&x, "a # b\nc");
    CHECK(x.diag.len == 1);
    CHECK(strcmp(x.diag.items[0].msg, "invalid character U+0023 '#'") == 0);
    CHECK(x.diag.items[0].pos.file == 0);
    CHECK(x.diag.items[0].pos.line == 1 && x.diag.items[0].pos.col == 3);
    CHECK(x.n == 6);
    CHECK(x.toks[0].kind == TOK_IDENT && is_text(&x.toks[0], "a"));
    CHECK(x.toks[1].kind == TOK_IDENT && is_text(&x.toks[1], "b"));
    CHECK(is_at(&x.toks[1], 1, 5));
    CHECK(is_auto_semi(&x.toks[2], "newline"));
    CHECK(x.toks[3].kind == TOK_IDENT && is_text(&x.toks[3], "c"));
    lexed_free(&x);
}

/* The skipped character keeps the semicolon state it found. */
static void test_invalid_character_keeps_semi(void)
{
    Lexed x;
    lex_all(&x, "x #\ny");
    CHECK(x.diag.len == 1);
    CHECK(x.n == 5);
    CHECK(is_auto_semi(&x.toks[1], "newline") && is_at(&x.toks[1], 1, 4));
    lexed_free(&x);

    lex_all(&x, "x + $\ny");
    CHECK(x.diag.len == 1);
    CHECK(strcmp(x.diag.items[0].msg, "invalid character U+0024 '$'") == 0);
    CHECK(x.n == 5);
    CHECK(x.toks[1].kind == TOK_ADD && x.toks[2].kind == TOK_IDENT);
    lexed_free(&x);
}

/* utf8_is_print is Go's strconv.IsPrint: L, M, N, P, S and ' ' only. */
static void test_is_print(void)
{
    static const int32_t printable[] = {
        ' ', '#', '~', 0xA1, 0xE9, 0x0301, 0x0660, 0x20AC, 0x2603, 0x4E16,
        0xFF01, 0x1F600,
    };
    static const int32_t invisible[] = {
        0x00, '\t', '\n', 0x7F, 0x85, 0x9F, 0xA0, 0xAD, 0x061C, 0x1680,
        0x2000, 0x200B, 0x200E, 0x2028, 0x2029, 0x202E, 0x205F, 0x2066,
        0x3000, 0xD800, 0xE000, 0xFEFF, 0xFFFF, 0x0378, 0x1343F, 0xE0001,
        0xF0000, 0x10FFFD, UTF8_MAX_RUNE + 1, -1,
    };
    for (size_t i = 0; i < sizeof printable / sizeof printable[0]; i++)
        CHECK(utf8_is_print(printable[i]));
    for (size_t i = 0; i < sizeof invisible / sizeof invisible[0]; i++)
        CHECK(!utf8_is_print(invisible[i]));
}

/* A rune Go would not print is named by its code point only. */
static void test_invalid_character_not_quoted(void)
{
    Lexed x;
    lex_all(&x, "a\xE2\x80\x8B" "b \xE2\x82\xAC");
    CHECK(x.diag.len == 2);
    CHECK(strcmp(x.diag.items[0].msg, "invalid character U+200B in identifier") == 0);
    CHECK(x.diag.items[0].pos.line == 1 && x.diag.items[0].pos.col == 2);
    CHECK(strcmp(x.diag.items[1].msg, "invalid character U+20AC '\xE2\x82\xAC' in identifier") == 0);
    CHECK(x.diag.items[1].pos.col == 7);
    lexed_free(&x);
}

int main(void)
{
    test_semi_after_operands();
    test_semi_after_keywords_and_closers();
    test_no_semi_after_operators();
    test_no_semi_after_other_keywords();
    test_semi_not_repeated();
    test_explicit_semi();
    test_semi_at_eof();
    test_semi_block_comments();
    test_semi_single_line_block_comment_then_newline();
    test_semi_line_comment();

    test_positions();
    test_positions_after_multiline_tokens();

    test_assign_operators();
    test_other_operators();
    test_longest_match();
    test_token_text();

    test_invalid_character();
    test_invalid_character_keeps_semi();
    test_invalid_character_not_quoted();
    test_is_print();

    printf("lex_test: %d checks passed\n", checks);
    return 0;
}
