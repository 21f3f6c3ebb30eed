/* diag.c - collect, sort and print input errors (see diag.h). */
#include "diag.h"
#include "utf8.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void diag_init(Diag *d, const char *const *files, size_t nfiles)
{
    memset(d, 0, sizeof *d);
    d->files = files;
    d->nfiles = nfiles;
    d->limit = DIAG_MAX_SHOWN;
}

void diag_unlimited(Diag *d)
{
    d->limit = SIZE_MAX;
}

void diag_free(Diag *d)
{
    for (size_t i = 0; i < d->len; i++)
        free(d->items[i].msg);
    free(d->items);
    d->items = NULL;
    d->len = d->cap = 0;
    d->last_msg = NULL;
}

static bool same_line(Pos a, Pos b)
{
    return a.line != 0 && a.file == b.file && a.line == b.line;
}

static void vreport(Diag *d, DiagKind kind, Pos pos, const char *fmt, va_list ap)
{
    /* Past the point where "too many errors" is printed nothing more is
     * shown, so stop storing: a hostile input cannot grow this list. */
    if (diag_is_full(d))
        return;
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *msg = xmalloc((size_t)(n > 0 ? n : 0) + 1);
    vsnprintf(msg, (size_t)(n > 0 ? n : 0) + 1, fmt, again);
    va_end(again);

    if (kind == DIAG_SYNTAX) {
        if (same_line(d->last_syntax, pos)) {
            free(msg);
            return;
        }
        d->last_syntax = pos;
    } else {
        if (same_line(d->last_other, pos) && d->last_msg && strcmp(d->last_msg, msg) == 0) {
            free(msg);
            return;
        }
        d->last_other = pos;
        d->last_msg = msg;
    }
    if (d->len == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->items = xrealloc(d->items, d->cap * sizeof *d->items);
    }
    d->items[d->len] = (DiagEntry){pos, d->len, msg};
    d->len++;
}

void diag_error(Diag *d, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(d, DIAG_ERROR, pos, fmt, ap);
    va_end(ap);
}

void diag_syntax_error(Diag *d, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(d, DIAG_SYNTAX, pos, fmt, ap);
    va_end(ap);
}

bool diag_has_errors(const Diag *d)
{
    return d->len > 0;
}

bool diag_is_full(const Diag *d)
{
    return d->len >= d->limit;
}

static int compare_entries(const void *pa, const void *pb)
{
    const DiagEntry *a = pa, *b = pb;
    if (a->pos.file != b->pos.file)
        return a->pos.file < b->pos.file ? -1 : 1;
    if (a->pos.line != b->pos.line)
        return a->pos.line < b->pos.line ? -1 : 1;
    if (a->pos.col != b->pos.col)
        return a->pos.col < b->pos.col ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Print s with control characters (C0, DEL, C1) and invalid UTF-8
 * escaped as \xNN: a forged file name or token text must not move the
 * cursor, change colours or start a line that looks like a diagnostic.
 * A newline followed by a tab is kept: it starts a continuation line,
 * which cannot look like a diagnostic (those start with a file name). */
static void put_safe(const char *s, FILE *out)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        size_t size = 1;
        int32_t r = u[i] < 0x80 ? u[i] : utf8_decode(u + i, len - i, &size);
        if (r == '\n' && u[i + 1] == '\t') {
            fputs("\n\t", out);   /* a continuation line */
            i += 2;
            continue;
        }
        if (r == UTF8_INVALID || r < 0x20 || (r >= 0x7f && r < 0xa0)) {
            for (size_t k = 0; k < size; k++)
                fprintf(out, "\\x%02x", u[i + k]);
        } else {
            fwrite(u + i, 1, size, out);
        }
        i += size;
    }
}

static void print_pos(const Diag *d, Pos pos, FILE *out)
{
    put_safe(pos.file < d->nfiles ? d->files[pos.file] : "<unknown>", out);
    if (pos.line == 0)
        fputs(": ", out);
    else
        fprintf(out, ":%u:%u: ", pos.line, pos.col);
}

size_t diag_flush(Diag *d, FILE *out)
{
    if (d->len == 0)
        return 0;
    /* The error that filled the list: "too many errors" goes at its position. */
    Pos last = d->items[d->len - 1].pos;
    qsort(d->items, d->len, sizeof *d->items, compare_entries);
    for (size_t i = 0; i < d->len; i++) {
        print_pos(d, d->items[i].pos, out);
        put_safe(d->items[i].msg, out);
        fputc('\n', out);
    }
    if (diag_is_full(d)) {
        print_pos(d, last, out);
        fputs("too many errors\n", out);
    }
    size_t n = d->len;
    diag_free(d);
    return n;
}
