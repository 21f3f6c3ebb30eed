/* tokfile.c - write, render and read gomini-tokens files (see tokfile.h). */
#include "tokfile.h"
#include "utf8.h"

#include <cbor.h>

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
    json_begin_object(j, false);
    json_key(j, "format");
    json_cstring(j, TOKENS_FORMAT_NAME);
    json_key(j, "version");
    json_uint(j, TOKENS_FORMAT_VERSION);
    json_key(j, "sources");
    json_begin_array(j, true);
    json_cstring(j, source);
    json_end_array(j);
    json_key(j, "body");
    json_begin_array(j, false);
}

void tokfile_json_put(JsonWriter *j, const Token *t)
{
    json_begin_object(j, true);
    json_key(j, "kind");
    json_cstring(j, tok_name(t->kind));
    json_key(j, "line");
    json_uint(j, t->pos.line);
    json_key(j, "col");
    json_uint(j, t->pos.col);
    if (t->text) {
        json_key(j, "text");
        json_string(j, t->text, t->len);
    }
    json_end_object(j);
}

void tokfile_json_end(JsonWriter *j)
{
    json_end_array(j);
    json_end_object(j);
    json_end(j);
}

bool tokfile_open(TokReader *r, const void *data, size_t len, const char *path, StageHeader *h)
{
    cbor_reader_init(&r->cbor, data, len);
    r->done = false;
    if (!container_open(&r->cbor, path, TOKENS_FORMAT_NAME, TOKENS_FORMAT_VERSION, h))
        return false;
    if (!cbor_get_array(&r->cbor, &r->remaining)) {
        (void)!container_close(&r->cbor, path, TOKENS_FORMAT_NAME);  /* prints why */
        stage_header_free(h);
        return false;
    }
    return true;
}

static bool valid_text(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        size_t size;
        if (utf8_decode(p + i, len - i, &size) == UTF8_INVALID || p[i] == 0)
            return false;
        i += size;
    }
    return true;
}

/* One token: [kind, line, col] or [kind, line, col, text]. */
static bool read_token(TokReader *r, Token *t)
{
    CborReader *c = &r->cbor;
    uint64_t n, kind, line, col;
    size_t at = c->pos;
    if (!cbor_get_array(c, &n) || !cbor_get_uint(c, &kind) ||
        !cbor_get_uint(c, &line) || !cbor_get_uint(c, &col))
        return false;
    if (kind >= TOK__COUNT || line == 0 || line > UINT32_MAX || col == 0 || col > UINT32_MAX ||
        (n != 3 && n != 4)) {
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
    if ((has_text(t->kind) && !t->text) || (t->text && !has_text(t->kind) && t->kind != TOK_SEMI) ||
        len > UINT32_MAX || (t->text && !valid_text(t->text, len))) {
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
