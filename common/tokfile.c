/* tokfile.c - write, render and read gomini-tokens files (see tokfile.h). */
#include "tokfile.h"
#include "utf8.h"

#include <cbor.h>
#include <string.h>

static bool has_text(TokKind k)
{
    return tok_class(k) == TC_LITERAL;
}

void tokfile_begin(TokWriter *w, Buf *out, const char *source)
{
    w->out = out;
    w->count = 0;
    container_begin(out, TOKENS_FORMAT_NAME, TOKENS_FORMAT_VERSION, &source, 1);
    /* The count is not known until the end: reserve a 4-byte count (a
     * valid, if not shortest, CBOR head) and patch it in tokfile_end. */
    w->count_at = out->len;
    out->len += cbor_encode_uint32(0, buf_reserve(out, 5), 5);
    out->data[w->count_at] = 0x9a;  /* major type 4 (array), 4-byte count */
}

void tokfile_put(TokWriter *w, const Token *t)
{
    bool text = t->text != NULL;
    /* Array head, kind, line, col: 4 items of at most 9 bytes, reserved
     * once (this runs for every token of the program). */
    unsigned char *p = buf_reserve(w->out, 4 * CBOR_HEAD_MAX), *start = p;
    *p++ = (unsigned char)(0x80 | (text ? 4 : 3));   /* array of 3 or 4 */
    p = cbor_write_uint(p, t->kind);
    p = cbor_write_uint(p, t->pos.line);
    p = cbor_write_uint(p, t->pos.col);
    w->out->len += (size_t)(p - start);
    if (text)
        cbor_put_string(w->out, t->text, t->len);
    w->count++;
}

void tokfile_end(TokWriter *w)
{
    uint32_t n = (uint32_t)w->count;
    unsigned char *p = w->out->data + w->count_at + 1;
    p[0] = (unsigned char)(n >> 24);
    p[1] = (unsigned char)(n >> 16);
    p[2] = (unsigned char)(n >> 8);
    p[3] = (unsigned char)n;
}

void tokfile_json_begin(JsonWriter *j, const char *source)
{
    jw_begin_object(j, false);
    jw_key(j, "format");
    jw_cstring(j, TOKENS_FORMAT_NAME);
    jw_key(j, "version");
    jw_uint(j, TOKENS_FORMAT_VERSION);
    jw_key(j, "sources");
    jw_begin_array(j, true);
    jw_cstring(j, source);
    jw_end_array(j);
    jw_key(j, "body");
    jw_begin_array(j, false);
}

void tokfile_json_put(JsonWriter *j, const Token *t)
{
    jw_begin_object(j, true);
    jw_key(j, "kind");
    jw_cstring(j, tok_name(t->kind));
    jw_key(j, "line");
    jw_uint(j, t->pos.line);
    jw_key(j, "col");
    jw_uint(j, t->pos.col);
    if (t->text) {
        jw_key(j, "text");
        jw_string(j, t->text, t->len);
    }
    jw_end_object(j);
}

void tokfile_json_end(JsonWriter *j)
{
    jw_end_array(j);
    jw_end_object(j);
    jw_end(j);
}

bool tokfile_open(TokReader *r, const void *data, size_t len, const char *path, StageHeader *h)
{
    cbor_reader_init(&r->cbor, data, len);
    r->done = false;
    if (!container_open(&r->cbor, path, TOKENS_FORMAT_NAME, TOKENS_FORMAT_VERSION, h))
        return false;
    if (cbor_get_array(&r->cbor, &r->remaining) && cbor_check_count(&r->cbor, r->remaining) &&
        r->remaining > GOMINI_MAX_TOKENS)
        cbor_fail(&r->cbor, "%llu tokens: more than a %u MiB source can have",
                  (unsigned long long)r->remaining, GOMINI_MAX_SOURCE_BYTES >> 20);
    if (r->cbor.err != CBOR_OK) {
        (void)!container_close(&r->cbor, path, TOKENS_FORMAT_NAME);  /* prints why */
        stage_header_free(h);
        return false;
    }
    return true;
}

static bool is_ident_byte(unsigned char c)
{
    return (unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u || c == '_' || c >= 0x80;
}

/* Letters and digits beyond ASCII, as golex accepts them in names. */
static bool is_unicode_name(const unsigned char *u, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t size = 1;
        int32_t r = u[i] < 0x80 ? u[i] : utf8_decode(u + i, len - i, &size);
        if (u[i] >= 0x80 && !utf8_is_letter(r) && !utf8_is_digit(r))
            return false;
        i += size;
    }
    return true;
}

/* golex refuses a name that starts with a digit of any script. */
static bool starts_with_unicode_digit(const unsigned char *u, size_t len)
{
    size_t size;
    return u[0] >= 0x80 && utf8_is_digit(utf8_decode(u, len, &size));
}

/* Valid UTF-8 without NUL, as golex requires of all source text. */
static bool is_clean_utf8(const unsigned char *u, size_t len)
{
    for (size_t i = 0; i < len;) {
        if (u[i] - 1u < 0x7fu) {   /* 0x01..0x7f */
            i++;
            continue;
        }
        size_t size;
        if (u[i] == 0 || utf8_decode(u + i, len - i, &size) == UTF8_INVALID)
            return false;
        i += size;
    }
    return true;
}

/* The text golex writes for a token: a name, a literal of the right
 * shape, "newline" or "EOF" for an automatic semicolon.  Number literals
 * are checked by shape only, and rune and string literals for their
 * quotes and for NUL and invalid UTF-8, which golex never lets through;
 * their content is decoded (and checked) by the stage that needs their
 * value.  (A name spelled like a keyword passes: it harms nothing, and
 * checking would cost a keyword lookup per name.) */
bool tok_text_is_valid(TokKind kind, const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    switch (kind) {
    case TOK_IDENT:
        if (len == 0 || (unsigned)(u[0] - '0') < 10u || starts_with_unicode_digit(u, len))
            return false;
        bool ascii = true;
        for (size_t i = 0; i < len; i++) {
            if (!is_ident_byte(u[i]))
                return false;
            ascii &= u[i] < 0x80;
        }
        return ascii || is_unicode_name(u, len);
    case TOK_INT: case TOK_FLOAT:
        if (len == 0 || !((unsigned)(u[0] - '0') < 10u || u[0] == '.'))
            return false;
        for (size_t i = 0; i < len; i++)
            if (!(is_ident_byte(u[i]) || u[i] == '.' || u[i] == '+' || u[i] == '-') || u[i] >= 0x80)
                return false;
        return true;
    case TOK_CHAR:
        return len >= 3 && u[0] == '\'' && u[len - 1] == '\'' && is_clean_utf8(u, len);
    case TOK_STRING:
        return len >= 2 && (u[0] == '"' || u[0] == '`') && u[len - 1] == u[0] &&
               is_clean_utf8(u, len);
    case TOK_SEMI:
        return (len == 7 && memcmp(s, "newline", 7) == 0) || (len == 3 && memcmp(s, "EOF", 3) == 0);
    default:
        return false;
    }
}

/* An unsigned integer below 2^32 at p (inside the data); NULL else. */
static inline const unsigned char *uint_at(const unsigned char *p, uint64_t *v)
{
    return p[0] >> 5 == CBOR_MAJOR_UINT ? cbor_small_head(p, v) : NULL;
}

/* The head of a token, the array head and kind, line, col, in one go:
 * with 16 bytes left, none of its four items can run past the end, so
 * they need no bounds checks.  False to take the general path, which
 * also gives any error its message. */
static bool read_token_head_fast(CborReader *c, uint64_t *n, uint64_t *kind, uint64_t *line,
                                 uint64_t *col)
{
    const unsigned char *p = c->data + c->pos;
    if (c->len - c->pos < 16 || (p[0] != 0x83 && p[0] != 0x84) || c->err != CBOR_OK)
        return false;
    *n = p[0] & 0x1f;
    if (!(p = uint_at(p + 1, kind)) || !(p = uint_at(p, line)) || !(p = uint_at(p, col)))
        return false;
    c->pos = (size_t)(p - c->data);
    return true;
}

/* One token: [kind, line, col] or [kind, line, col, text]. */
static bool read_token(TokReader *r, Token *t)
{
    CborReader *c = &r->cbor;
    uint64_t n, kind, line, col;
    size_t at = c->pos;
    if (!read_token_head_fast(c, &n, &kind, &line, &col) &&
        (!cbor_get_array(c, &n) || !cbor_get_uint(c, &kind) || !cbor_get_uint(c, &line) ||
         !cbor_get_uint(c, &col)))
        return false;
    if (kind >= TOK__COUNT || line == 0 || line > GOMINI_MAX_SOURCE_BYTES + 1 || col == 0 ||
        col > GOMINI_MAX_SOURCE_BYTES + 1 || (n != 3 && n != 4)) {
        cbor_fail(c, "invalid token at byte %zu", at);
        return false;
    }
    t->kind = (TokKind)kind;
    t->pos = (Pos){0, (uint32_t)line, (uint32_t)col};
    t->text = NULL;
    t->len = 0;
    size_t len = 0;
    if (n == 4 && !cbor_get_string(c, &t->text, &len))
        return false;
    bool wants_text = has_text(t->kind);
    if (t->text ? !tok_text_is_valid(t->kind, t->text, len) : wants_text) {
        cbor_fail(c, "invalid token at byte %zu", at);
        return false;
    }
    t->len = (uint32_t)len;
    return true;
}

bool tokfile_next(TokReader *r, Token *t)
{
    if (r->done) {
        t->kind = TOK_EOF;
        t->text = NULL;
        return true;
    }
    if (r->remaining == 0) {
        cbor_fail(&r->cbor, "token list does not end with EOF");
        return false;
    }
    r->remaining--;
    if (!read_token(r, t))
        return false;
    if (t->kind == TOK_EOF) {
        if (r->remaining != 0) {
            cbor_fail(&r->cbor, "the token count does not match: EOF token with %llu tokens to go",
                      (unsigned long long)r->remaining);
            return false;
        }
        r->done = true;
    }
    return true;
}
