/* jsonw.c - streaming, indenting JSON writer (see jsonw.h). */
#include "jsonw.h"
#include "utf8.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void jw_init(JsonWriter *w, Buf *out)
{
    w->out = out;
    w->levels = NULL;
    w->depth = w->cap = 0;
    w->after_key = false;
}

void jw_free(JsonWriter *w)
{
    free(w->levels);
    w->levels = NULL;
}

static bool in_inline(const JsonWriter *w)
{
    return w->depth > 0 && w->levels[w->depth - 1].inline_;
}

/* Indentation stops growing at JSON_MAX_INDENT levels: a tree 100,000
 * levels deep (a long operator chain) would otherwise print gigabytes
 * of spaces, quadratic in its length. */
#define JSON_MAX_INDENT 32

static void newline_indent(JsonWriter *w, size_t depth)
{
    size_t n = 2 * (depth < JSON_MAX_INDENT ? depth : JSON_MAX_INDENT);
    unsigned char *p = buf_reserve(w->out, n + 1);
    p[0] = '\n';
    memset(p + 1, ' ', n);
    w->out->len += n + 1;
}

/* Punctuation and layout before any value or key. */
static void before_item(JsonWriter *w)
{
    if (w->after_key) {
        w->after_key = false;
        return;
    }
    if (w->depth == 0)
        return;
    JsonLevel *l = &w->levels[w->depth - 1];
    if (l->count++ > 0)
        buf_puts(w->out, l->inline_ ? ", " : ",");
    if (!l->inline_)
        newline_indent(w, w->depth);
}

static void begin(JsonWriter *w, bool inline_, bool object)
{
    before_item(w);
    buf_putc(w->out, object ? '{' : '[');
    if (w->depth == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 16;
        w->levels = xrealloc(w->levels, w->cap * sizeof *w->levels);
    }
    /* Inside an inline container everything stays inline. */
    bool keep_inline = inline_ || in_inline(w);
    w->levels[w->depth++] = (JsonLevel){0, keep_inline, object};
}

static void end(JsonWriter *w, char close)
{
    JsonLevel l = w->levels[--w->depth];
    if (!l.inline_ && l.count > 0)
        newline_indent(w, w->depth);
    buf_putc(w->out, close);
}

void jw_begin_object(JsonWriter *w, bool inline_) { begin(w, inline_, true); }
void jw_end_object(JsonWriter *w) { end(w, '}'); }
void jw_begin_array(JsonWriter *w, bool inline_) { begin(w, inline_, false); }
void jw_end_array(JsonWriter *w) { end(w, ']'); }

static void put_escaped(Buf *b, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    buf_putc(b, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': buf_puts(b, "\\\""); break;
        case '\\': buf_puts(b, "\\\\"); break;
        case '\n': buf_puts(b, "\\n"); break;
        case '\r': buf_puts(b, "\\r"); break;
        case '\t': buf_puts(b, "\\t"); break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char esc[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
                buf_puts(b, esc);
            } else if (c < 0x80) {
                buf_putc(b, c);
            } else {
                /* JSON is UTF-8: a byte that starts no valid sequence
                 * (only a forged input has one) prints as U+FFFD. */
                size_t size;
                if (utf8_decode((const unsigned char *)s + i, len - i, &size) == UTF8_INVALID) {
                    buf_puts(b, "\\ufffd");
                } else {
                    buf_append(b, s + i, size);
                    i += size - 1;
                }
            }
        }
    }
    buf_putc(b, '"');
}

void jw_key(JsonWriter *w, const char *key)
{
    before_item(w);
    put_escaped(w->out, key, strlen(key));
    buf_puts(w->out, ": ");
    w->after_key = true;
}

void jw_string(JsonWriter *w, const char *s, size_t len)
{
    before_item(w);
    put_escaped(w->out, s, len);
}

void jw_cstring(JsonWriter *w, const char *s)
{
    jw_string(w, s, strlen(s));
}

void jw_uint(JsonWriter *w, uint64_t v)
{
    before_item(w);
    buf_printf(w->out, "%" PRIu64, v);
}

void jw_int(JsonWriter *w, int64_t v)
{
    before_item(w);
    buf_printf(w->out, "%" PRId64, v);
}

void jw_bool(JsonWriter *w, bool v)
{
    before_item(w);
    buf_puts(w->out, v ? "true" : "false");
}

void jw_null(JsonWriter *w)
{
    before_item(w);
    buf_puts(w->out, "null");
}

void jw_end(JsonWriter *w)
{
    buf_putc(w->out, '\n');
}
