/* buf.h - a growable byte buffer: the output of every encoder (CBOR, JSON,
 * DOT) and the input of every reader (a whole file at once). */
#ifndef GOMINI_BUF_H
#define GOMINI_BUF_H

#include "common.h"

#include <stdarg.h>
#include <string.h>

typedef struct Buf {
    unsigned char *data;
    size_t len, cap;
} Buf;

void buf_init(Buf *b);
void buf_free(Buf *b);
/* Make room for n more bytes and return where they go. */
unsigned char *buf_reserve(Buf *b, size_t n);
void buf_append(Buf *b, const void *p, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) PRINTF_LIKE(2, 3);
void buf_vprintf(Buf *b, const char *fmt, va_list ap) PRINTF_LIKE(2, 0);

static inline void buf_putc(Buf *b, int c)
{
    if (b->len == b->cap)
        buf_reserve(b, 1);
    b->data[b->len++] = (unsigned char)c;
}

#endif
