/* diag.c - collect, sort and print input errors (see diag.h). */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void diag_init(Diag *d, const char *const *files, size_t nfiles)
{
    memset(d, 0, sizeof *d);
    d->files = files;
    d->nfiles = nfiles;
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

static bool is_syntax_error(const char *msg)
{
    return strncmp(msg, "syntax error", 12) == 0;
}

static bool same_line(Pos a, Pos b)
{
    return a.line != 0 && a.file == b.file && a.line == b.line;
}

void diag_error(Diag *d, Pos pos, const char *fmt, ...)
{
    /* Past the point where "too many errors" is printed nothing more is
     * shown, so stop storing: a hostile input cannot grow this list. */
    if (diag_is_full(d))
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = xmalloc((size_t)(n > 0 ? n : 0) + 1);
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)(n > 0 ? n : 0) + 1, fmt, ap);
    va_end(ap);

    if (is_syntax_error(msg)) {
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

bool diag_has_errors(const Diag *d)
{
    return d->len > 0;
}

bool diag_is_full(const Diag *d)
{
    return d->len >= DIAG_MAX_SHOWN;
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

static void print_pos(const Diag *d, Pos pos, FILE *out)
{
    const char *file = pos.file < d->nfiles ? d->files[pos.file] : "<unknown>";
    if (pos.line == 0)
        fprintf(out, "%s: ", file);
    else
        fprintf(out, "%s:%u:%u: ", file, pos.line, pos.col);
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
        fprintf(out, "%s\n", d->items[i].msg);
    }
    if (diag_is_full(d)) {
        print_pos(d, last, out);
        fputs("too many errors\n", out);
    }
    size_t n = d->len;
    diag_free(d);
    return n;
}
