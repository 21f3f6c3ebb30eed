/* buf.c - growable byte buffer (see buf.h). */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

void buf_init(Buf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
}

void buf_free(Buf *b)
{
    free(b->data);
    buf_init(b);
}

/* A buffer of megabytes (a whole stage file) is offered huge pages:
 * filling it then takes a page fault per 2 MiB instead of per 4 KiB. */
static void advise_huge(Buf *b)
{
#ifdef MADV_HUGEPAGE
    uintptr_t start = ((uintptr_t)b->data + 4095) & ~(uintptr_t)4095;
    uintptr_t end = ((uintptr_t)b->data + b->cap) & ~(uintptr_t)4095;
    if (b->cap >= (4u << 20) && end > start)
        madvise((void *)start, end - start, MADV_HUGEPAGE);
#else
    (void)b;
#endif
}

unsigned char *buf_reserve(Buf *b, size_t n)
{
    if (b->cap - b->len < n) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap - b->len < n)
            cap *= 2;
        b->data = xrealloc(b->data, cap);
        b->cap = cap;
        advise_huge(b);
    }
    return b->data + b->len;
}

void buf_append(Buf *b, const void *p, size_t n)
{
    if (n == 0)
        return;
    memcpy(buf_reserve(b, n), p, n);
    b->len += n;
}

void buf_puts(Buf *b, const char *s)
{
    buf_append(b, s, strlen(s));
}

void buf_vprintf(Buf *b, const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n <= 0)
        return;
    char *dst = (char *)buf_reserve(b, (size_t)n + 1);
    vsnprintf(dst, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}
