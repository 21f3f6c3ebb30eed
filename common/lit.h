/* lit.h - the values of Go literals, from their text as written.
 * golex checks literal syntax as it scans; these functions turn checked
 * text into values for later stages.  They never trust their input: text
 * from a forged stage file gives false, not undefined behaviour. */
#ifndef GOMINI_LIT_H
#define GOMINI_LIT_H

#include "buf.h"

typedef enum LitStatus { LIT_OK, LIT_OVERFLOW, LIT_MALFORMED } LitStatus;

/* An integer literal in any base, with '_' separators: 42, 0x_FF, 0o17,
 * 017, 0b1010.  LIT_OVERFLOW when the value does not fit in 64 bits. */
LitStatus lit_int(const char *text, size_t len, uint64_t *out) WARN_UNUSED;
/* A decimal or hexadecimal float literal, rounded to nearest float64. */
LitStatus lit_float(const char *text, size_t len, double *out) WARN_UNUSED;
/* A rune literal such as 'a', '\n', '\u00e9' or '\377'. */
LitStatus lit_rune(const char *text, size_t len, int32_t *out) WARN_UNUSED;
/* An interpreted "..." or raw `...` string literal; appends the bytes
 * (raw strings lose their carriage returns, as in Go).  On failure, out
 * may hold part of the value: discard it. */
LitStatus lit_string(const char *text, size_t len, Buf *out) WARN_UNUSED;

#endif
