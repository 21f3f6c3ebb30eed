/* common.c - checked allocation and "tool: message" reporting. */
#include "common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *gomini_progname = "gomini";

void xfail_out_of_memory(size_t n)
{
    fprintf(stderr, "%s: out of memory (allocating %zu bytes)\n", gomini_progname, n);
    exit(EXIT_INPUT);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        xfail_out_of_memory(n);
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        xfail_out_of_memory(count * size);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        xfail_out_of_memory(n);
    return q;
}

char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}

void fail_msg(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s: ", gomini_progname);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}
