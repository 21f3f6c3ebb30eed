/* utf8.h - UTF-8 decoding and encoding, with Go's rules: surrogates and
 * overlong forms are invalid, and an invalid byte decodes as one error. */
#ifndef GOMINI_UTF8_H
#define GOMINI_UTF8_H

#include "common.h"

#define UTF8_INVALID (-1)
#define UTF8_MAX_RUNE 0x10FFFF

/* Decode the rune at s[0..len), len > 0.  Sets *size to the bytes used
 * (1 for an invalid sequence) and returns the rune or UTF8_INVALID. */
int32_t utf8_decode(const unsigned char *s, size_t len, size_t *size);
/* Encode r (a valid code point) into out; returns the byte count. */
size_t utf8_encode_rune(uint32_t r, char out[4]);
/* The classes of Go's lexical grammar; common/unicode.h has the rest. */
bool utf8_is_letter(int32_t r);   /* Go's letter: Unicode L or '_' */
bool utf8_is_digit(int32_t r);    /* Unicode Nd */
/* Go's strconv.IsPrint (unicode_is_print): L, M, N, P, S, or U+0020. */
bool utf8_is_print(int32_t r);

#endif
