/* lex.c - Go's lexical grammar (https://go.dev/ref/spec#Lexical_elements).
 *
 * The lexer keeps one decoded character of lookahead (l->ch).  Every
 * character passes through next_char, which also rejects NUL bytes,
 * invalid UTF-8 and stray byte order marks, wherever they appear.
 * Literal syntax is checked here, with the go tool's messages; their
 * values are computed later by common/lit.c. */
#include "lex.h"
#include "utf8.h"

#include <string.h>

static Pos pos_at(const Lexer *l, size_t offset)
{
    return (Pos){l->file, l->line, (uint32_t)(offset - l->line_start + 1)};
}

static Pos cur_pos(const Lexer *l)
{
    return pos_at(l, l->pos);
}

/* Load the character at l->pos into l->ch.  NUL bytes, byte order marks
 * and invalid UTF-8 are reported and skipped, as the go tool does. */
static void load_char(Lexer *l)
{
    for (;;) {
        if (l->pos >= l->len) {
            l->ch = -1;
            l->chw = 0;
            return;
        }
        unsigned char c = l->src[l->pos];
        if (c != 0 && c < 0x80) {
            l->ch = c;
            l->chw = 1;
            return;
        }
        if (c == 0) {
            diag_error(l->diag, cur_pos(l), "invalid NUL character");
            l->pos++;
            continue;
        }
        size_t size;
        int32_t r = utf8_decode(l->src + l->pos, l->len - l->pos, &size);
        if (r == 0xFEFF) {
            diag_error(l->diag, cur_pos(l), "invalid BOM in the middle of the file");
            l->pos += size;
            continue;
        }
        if (r == UTF8_INVALID) {
            diag_error(l->diag, cur_pos(l), "invalid UTF-8 encoding");
            l->pos += size;
            continue;
        }
        l->ch = r;
        l->chw = size;
        return;
    }
}

static void next_char(Lexer *l)
{
    if (l->ch == '\n') {
        l->line++;
        l->line_start = l->pos + 1;
    }
    l->pos += l->chw;
    load_char(l);
}

void lex_init(Lexer *l, const char *src, size_t len, uint32_t file, Diag *diag)
{
    memset(l, 0, sizeof *l);
    l->src = (const unsigned char *)src;
    l->len = len;
    l->line = 1;
    l->file = file;
    l->diag = diag;
    /* A byte order mark is allowed as the very first character only.
     * Its bytes still count in columns, as the go tool counts them. */
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        l->pos = 3;
    load_char(l);
}

static bool is_letter(int32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? true : c == '_'; }
static bool is_decimal(int32_t c) { return c >= '0' && c <= '9'; }
static bool is_hex(int32_t c) { return is_decimal(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

/* Format a rune as Go's %#U does: U+0023 '#', but only U+200B for a rune
 * that strconv.IsPrint rejects, so invisible characters stay visible. */
static const char *format_rune(int32_t r, char buf[32])
{
    char enc[5] = {0};
    if (utf8_is_print(r)) {
        enc[utf8_encode_rune((uint32_t)r, enc)] = '\0';
        snprintf(buf, 32, "U+%04X '%s'", (unsigned)r, enc);
    } else {
        snprintf(buf, 32, "U+%04X", (unsigned)r);
    }
    return buf;
}

/* Format a rune as Go's %q does: 'a', '\n', '\x00', '\u00a0'. */
static const char *quote_rune(int32_t r, char buf[32])
{
    static const char esc[] = "\a\b\t\n\v\f\r";
    static const char letters[] = "abtnvfr";
    const char *e = r > 0 && r < 0x20 ? strchr(esc, (int)r) : NULL;
    if (e) {
        snprintf(buf, 32, "'\\%c'", letters[e - esc]);
    } else if (r == '\'' || r == '\\') {
        snprintf(buf, 32, "'\\%c'", (char)r);
    } else if (r < 0x20 || r == 0x7F) {
        snprintf(buf, 32, "'\\x%02x'", (unsigned)r);
    } else if (!utf8_is_print(r)) {
        snprintf(buf, 32, r > 0xFFFF ? "'\\U%08x'" : "'\\u%04x'", (unsigned)r);
    } else {
        char enc[5] = {0};
        enc[utf8_encode_rune((uint32_t)r, enc)] = '\0';
        snprintf(buf, 32, "'%s'", enc);
    }
    return buf;
}

/* Is the current character part of an identifier?  Reports the go tool's
 * errors for digits at the start and for other non-ASCII characters. */
static bool at_ident_char(Lexer *l, bool first)
{
    char rb[32];
    if (utf8_is_letter(l->ch))
        return true;
    if (utf8_is_digit(l->ch)) {
        if (first)
            diag_error(l->diag, cur_pos(l), "identifier cannot begin with digit %s",
                       format_rune(l->ch, rb));
        return true;
    }
    if (l->ch >= 0x80) {
        diag_error(l->diag, cur_pos(l), "invalid character %s in identifier",
                   format_rune(l->ch, rb));
        return true;
    }
    return false;
}

static void scan_ident(Lexer *l, Token *t, size_t start)
{
    while (is_letter(l->ch) || is_decimal(l->ch))
        next_char(l);
    if (l->ch >= 0x80)
        while (at_ident_char(l, false))
            next_char(l);
    t->text = (const char *)l->src + start;
    t->len = (uint32_t)(l->pos - start);
    t->kind = tok_keyword(t->text, t->len);
    if (t->kind != TOK_IDENT)
        t->text = NULL, t->len = 0;
    l->nlsemi = tok_ends_statement(t->kind);
}

static const char *base_name(unsigned base)
{
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
    default: return "decimal";
    }
}

/* Digits state while scanning a number. */
typedef struct NumScan {
    unsigned base;
    char prefix;        /* 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b' */
    unsigned digsep;    /* bit 0: saw a digit; bit 1: saw a '_' */
    long invalid;       /* offset of the first digit >= base, or -1 */
    bool ok;
} NumScan;

/* { digit | "_" }: for bases up to 10 any decimal digit is consumed, and
 * the first one too large for the base is remembered for the error. */
static void scan_digits(Lexer *l, NumScan *n, unsigned base, size_t start)
{
    while (base <= 10 ? is_decimal(l->ch) || l->ch == '_' : is_hex(l->ch) || l->ch == '_') {
        if (l->ch == '_') {
            n->digsep |= 2;
        } else {
            n->digsep |= 1;
            if (base <= 10 && (unsigned)(l->ch - '0') >= base && n->invalid < 0)
                n->invalid = (long)(l->pos - start);
        }
        next_char(l);
    }
}

/* Offset of the first '_' that does not separate two digits, or -1. */
static long invalid_separator(const char *x, size_t len)
{
    char x1 = ' ', d = '.';  /* d: '_', '0' (a digit) or '.' (other) */
    size_t i = 0;
    if (len >= 2 && x[0] == '0') {
        x1 = (char)(x[1] | 0x20);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b')
            d = '0', i = 2;   /* the prefix counts as a digit */
    }
    for (; i < len; i++) {
        char p = d;
        d = x[i];
        if (d == '_') {
            if (p != '0')
                return (long)i;
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return (long)i - 1;
            d = '.';
        }
    }
    return d == '_' ? (long)len - 1 : -1;
}

/* 0x, 0o, 0b or a legacy octal 0: sets the base. */
static void scan_prefix(Lexer *l, NumScan *n)
{
    if (l->ch != '0')
        return;
    next_char(l);
    switch (l->ch | 0x20) {
    case 'x': next_char(l); n->base = 16, n->prefix = 'x'; break;
    case 'o': next_char(l); n->base = 8, n->prefix = 'o'; break;
    case 'b': next_char(l); n->base = 2, n->prefix = 'b'; break;
    default: n->base = 8, n->prefix = '0', n->digsep = 1; break;
    }
}

static void scan_exponent(Lexer *l, NumScan *n, bool *is_float)
{
    int e = l->ch | 0x20;
    if (e != 'e' && e != 'p') {
        if (n->prefix == 'x' && *is_float && n->ok) {
            diag_error(l->diag, cur_pos(l), "hexadecimal mantissa requires a 'p' exponent");
            n->ok = false;
        }
        return;
    }
    if (n->ok && e == 'e' && n->prefix != 0 && n->prefix != '0') {
        diag_error(l->diag, cur_pos(l), "'%c' exponent requires decimal mantissa", (char)l->ch);
        n->ok = false;
    } else if (n->ok && e == 'p' && n->prefix != 'x') {
        diag_error(l->diag, cur_pos(l), "'%c' exponent requires hexadecimal mantissa", (char)l->ch);
        n->ok = false;
    }
    next_char(l);
    *is_float = true;
    if (l->ch == '+' || l->ch == '-')
        next_char(l);
    /* Exponent digits are decimal in every base; keep the '_' bit. */
    NumScan ex = {10, 0, 0, -1, true};
    scan_digits(l, &ex, 10, 0);
    n->digsep = ex.digsep | (n->digsep & 2);
    if (!(n->digsep & 1) && n->ok) {
        diag_error(l->diag, cur_pos(l), "exponent has no digits");
        n->ok = false;
    }
}

/* int_lit | float_lit, after the first digit or after a leading '.'. */
static void scan_number(Lexer *l, Token *t, size_t start, bool seen_point)
{
    NumScan n = {10, 0, 0, -1, true};
    bool is_float = seen_point;
    if (!seen_point) {
        scan_prefix(l, &n);
        scan_digits(l, &n, n.base, start);
        if (l->ch == '.') {
            if (n.prefix == 'o' || n.prefix == 'b') {
                diag_error(l->diag, cur_pos(l), "invalid radix point in %s literal", base_name(n.base));
                n.ok = false;
            }
            next_char(l);
            is_float = true;
        }
    }
    if (is_float)
        scan_digits(l, &n, n.base, start);
    if (!(n.digsep & 1) && n.ok) {
        diag_error(l->diag, cur_pos(l), "%s literal has no digits", base_name(n.base));
        n.ok = false;
    }
    scan_exponent(l, &n, &is_float);
    t->text = (const char *)l->src + start;
    t->len = (uint32_t)(l->pos - start);
    t->kind = is_float ? TOK_FLOAT : TOK_INT;
    if (l->ch == 'i') {
        next_char(l);
        diag_error(l->diag, t->pos, "imaginary literal %.*si not supported (gomini has no complex numbers)",
                   (int)t->len, t->text);
        n.ok = false;
    }
    if (!is_float && n.invalid >= 0 && n.ok) {
        Pos p = t->pos;
        p.col += (uint32_t)n.invalid;
        diag_error(l->diag, p, "invalid digit '%c' in %s literal", t->text[n.invalid], base_name(n.base));
        n.ok = false;
    }
    if ((n.digsep & 2) && n.ok) {
        long i = invalid_separator(t->text, t->len);
        if (i >= 0) {
            Pos p = t->pos;
            p.col += (uint32_t)i;
            diag_error(l->diag, p, "'_' must separate successive digits");
        }
    }
    l->nlsemi = true;
}

/* One escape after a backslash, checked as the go tool checks it.
 * Returns false after reporting a bad escape. */
static bool scan_escape(Lexer *l, int32_t quote)
{
    int n;
    uint32_t base, max;
    int32_t c = l->ch;
    if (c == quote || (c > 0 && strchr("abfnrtv\\", (int)c))) {
        next_char(l);
        return true;
    }
    if (c >= '0' && c <= '7') {
        n = 3, base = 8, max = 255;
    } else if (c == 'x' || c == 'u' || c == 'U') {
        next_char(l);
        n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        base = 16, max = c == 'x' ? 255 : UTF8_MAX_RUNE;
    } else {
        if (c < 0)
            return true;  /* the caller reports the unterminated literal */
        diag_error(l->diag, cur_pos(l), "unknown escape");
        return false;
    }
    uint32_t x = 0;
    for (int i = 0; i < n; i++) {
        if (l->ch < 0)
            return true;
        uint32_t d = is_decimal(l->ch) ? (uint32_t)(l->ch - '0')
                   : is_hex(l->ch) ? (uint32_t)((l->ch | 0x20) - 'a' + 10) : base;
        if (d >= base) {
            char rb[32];
            diag_error(l->diag, cur_pos(l), "invalid character %s in %s escape",
                       quote_rune(l->ch, rb), base_name(base));
            return false;
        }
        x = x * base + d;
        next_char(l);
    }
    if (x > max && base == 8) {
        diag_error(l->diag, cur_pos(l), "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        char rb[32];
        diag_error(l->diag, cur_pos(l), "escape is invalid Unicode code point %s", format_rune((int32_t)x, rb));
        return false;
    }
    return true;
}

static void set_literal(Lexer *l, Token *t, TokKind kind, size_t start)
{
    t->kind = kind;
    t->text = (const char *)l->src + start;
    t->len = (uint32_t)(l->pos - start);
    l->nlsemi = true;
}

/* rune_lit = "'" ( unicode_value | byte_value ) "'" . */
static void scan_rune(Lexer *l, Token *t, size_t start)
{
    bool ok = true;
    next_char(l);
    for (int n = 0;; n++) {
        if (l->ch == '\'') {
            if (ok && n == 0) {
                diag_error(l->diag, cur_pos(l), "empty rune literal or unescaped '");
                ok = false;
            } else if (ok && n != 1) {
                diag_error(l->diag, t->pos, "more than one character in rune literal");
                ok = false;
            }
            next_char(l);
            break;
        }
        if (l->ch == '\\') {
            next_char(l);
            ok &= scan_escape(l, '\'');
            continue;
        }
        if (l->ch == '\n' || l->ch < 0) {
            if (ok)
                diag_error(l->diag, l->ch < 0 ? t->pos : cur_pos(l),
                           l->ch < 0 ? "rune literal not terminated" : "newline in rune literal");
            break;
        }
        next_char(l);
    }
    set_literal(l, t, TOK_CHAR, start);
}

/* interpreted_string_lit = `"` { unicode_value | byte_value } `"` . */
static void scan_string(Lexer *l, Token *t, size_t start)
{
    next_char(l);
    for (;;) {
        if (l->ch == '"') {
            next_char(l);
            break;
        }
        if (l->ch == '\\') {
            next_char(l);
            scan_escape(l, '"');
            continue;
        }
        if (l->ch == '\n') {
            diag_error(l->diag, cur_pos(l), "newline in string");
            break;
        }
        if (l->ch < 0) {
            diag_error(l->diag, t->pos, "string not terminated");
            break;
        }
        next_char(l);
    }
    set_literal(l, t, TOK_STRING, start);
}

/* raw_string_lit = "`" { unicode_char | newline } "`" . */
static void scan_raw_string(Lexer *l, Token *t, size_t start)
{
    next_char(l);
    while (l->ch != '`') {
        if (l->ch < 0) {
            diag_error(l->diag, t->pos, "string not terminated");
            set_literal(l, t, TOK_STRING, start);
            return;
        }
        next_char(l);
    }
    next_char(l);
    set_literal(l, t, TOK_STRING, start);
}

static void skip_line_comment(Lexer *l)
{
    while (l->ch >= 0 && l->ch != '\n')  /* the newline may become a ';' */
        next_char(l);
}

/* Skip a block comment after its opening; returns whether it spanned
 * a line break (it then counts as a newline for semicolons). */
static bool skip_block_comment(Lexer *l, Pos start)
{
    uint32_t line = l->line;
    while (l->ch >= 0) {
        if (l->ch == '*') {
            next_char(l);
            if (l->ch == '/') {
                next_char(l);
                return l->line > line;
            }
            continue;
        }
        next_char(l);
    }
    diag_error(l->diag, start, "comment not terminated");
    return l->line > line;
}

/* If the next character is c, take it and return `yes`, else `no`. */
static TokKind take_if(Lexer *l, int32_t c, TokKind yes, TokKind no)
{
    if (l->ch != c)
        return no;
    next_char(l);
    return yes;
}

/* op or op= (for + - * / % & | ^ << >> &^). */
static TokKind op_assign(Lexer *l, TokKind op, TokKind op_assign)
{
    return take_if(l, '=', op_assign, op);
}

/* Operators and punctuation, after their first character c was consumed. */
static TokKind scan_operator(Lexer *l, int32_t c)
{
    switch (c) {
    case '(': return TOK_LPAREN;
    case ')': return TOK_RPAREN;
    case '[': return TOK_LBRACK;
    case ']': return TOK_RBRACK;
    case '{': return TOK_LBRACE;
    case '}': return TOK_RBRACE;
    case ',': return TOK_COMMA;
    case ';': return TOK_SEMI;
    case '~': return TOK_TILDE;
    case ':': return take_if(l, '=', TOK_DEFINE, TOK_COLON);
    case '+': return l->ch == '+' ? take_if(l, '+', TOK_INC, 0) : op_assign(l, TOK_ADD, TOK_ADD_ASSIGN);
    case '-': return l->ch == '-' ? take_if(l, '-', TOK_DEC, 0) : op_assign(l, TOK_SUB, TOK_SUB_ASSIGN);
    case '*': return op_assign(l, TOK_MUL, TOK_MUL_ASSIGN);
    case '/': return op_assign(l, TOK_QUO, TOK_QUO_ASSIGN);
    case '%': return op_assign(l, TOK_REM, TOK_REM_ASSIGN);
    case '^': return op_assign(l, TOK_XOR, TOK_XOR_ASSIGN);
    case '=': return take_if(l, '=', TOK_EQL, TOK_ASSIGN);
    case '!': return take_if(l, '=', TOK_NEQ, TOK_NOT);
    case '|':
        return l->ch == '|' ? take_if(l, '|', TOK_LOR, 0) : op_assign(l, TOK_OR, TOK_OR_ASSIGN);
    case '&':
        if (l->ch == '&')
            return take_if(l, '&', TOK_LAND, 0);
        if (l->ch == '^')
            return next_char(l), op_assign(l, TOK_AND_NOT, TOK_AND_NOT_ASSIGN);
        return op_assign(l, TOK_AND, TOK_AND_ASSIGN);
    case '<':
        if (l->ch == '<')
            return next_char(l), op_assign(l, TOK_SHL, TOK_SHL_ASSIGN);
        if (l->ch == '-')
            return take_if(l, '-', TOK_ARROW, 0);
        return take_if(l, '=', TOK_LEQ, TOK_LSS);
    case '>':
        if (l->ch == '>')
            return next_char(l), op_assign(l, TOK_SHR, TOK_SHR_ASSIGN);
        return take_if(l, '=', TOK_GEQ, TOK_GTR);
    default:
        return TOK_EOF;  /* not an operator */
    }
}

/* '.' starts a float (.5), an ellipsis (...) or a selector. */
static bool scan_period(Lexer *l, Token *t, size_t start)
{
    if (is_decimal(l->ch)) {
        scan_number(l, t, start, true);
        return true;
    }
    if (l->ch == '.' && l->pos + 1 < l->len && l->src[l->pos + 1] == '.') {
        next_char(l);
        next_char(l);
        t->kind = TOK_ELLIPSIS;
    } else {
        t->kind = TOK_PERIOD;
    }
    return true;
}

static void make_semi(Lexer *l, Token *t, const char *why)
{
    t->kind = TOK_SEMI;
    t->text = why;
    t->len = (uint32_t)strlen(why);
    l->nlsemi = false;
}

/* Scan one token starting at the current character.  Returns false when
 * the character was skipped (a comment, or an invalid character). */
static bool scan_token(Lexer *l, Token *t, bool nlsemi)
{
    size_t start = l->pos;
    int32_t c = l->ch;
    if (is_letter(c) || (c >= 0x80 && at_ident_char(l, true))) {
        next_char(l);
        scan_ident(l, t, start);
        return true;
    }
    if (is_decimal(c)) {
        scan_number(l, t, start, false);
        return true;
    }
    switch (c) {
    case -1:
        if (nlsemi)
            make_semi(l, t, "EOF");
        else
            t->kind = TOK_EOF;
        return true;
    case '\n':
        next_char(l);
        make_semi(l, t, "newline");
        return true;
    case '"': scan_string(l, t, start); return true;
    case '`': scan_raw_string(l, t, start); return true;
    case '\'': scan_rune(l, t, start); return true;
    }
    next_char(l);
    if (c == '.')
        return scan_period(l, t, start);
    if (c == '/' && (l->ch == '/' || l->ch == '*')) {
        bool block = l->ch == '*';
        next_char(l);
        if (!block) {
            skip_line_comment(l);
            return false;
        }
        if (skip_block_comment(l, t->pos) && nlsemi) {
            make_semi(l, t, "newline");
            return true;
        }
        return false;
    }
    t->kind = scan_operator(l, c);
    if (t->kind == TOK_EOF) {
        char rb[32];
        diag_error(l->diag, t->pos, "invalid character %s", format_rune(c, rb));
        return false;
    }
    l->nlsemi = tok_ends_statement(t->kind);
    return true;
}

void lex_next(Lexer *l, Token *t)
{
    bool nlsemi = l->nlsemi;
    l->nlsemi = false;
    for (;;) {
        while (l->ch == ' ' || l->ch == '\t' || l->ch == '\r' || (l->ch == '\n' && !nlsemi))
            next_char(l);
        t->pos = cur_pos(l);
        t->text = NULL;
        t->len = 0;
        if (scan_token(l, t, nlsemi))
            return;
        /* A skipped comment or bad character keeps the semicolon state. */
        if (diag_is_full(l->diag)) {
            t->kind = TOK_EOF;
            return;
        }
    }
}
