/* utf8.c - UTF-8 decoding and encoding, and the rune classes of Go's
 * identifiers and of strconv.IsPrint, which common/unicode.c answers
 * from its tables. */
#include "utf8.h"

#include "unicode.h"

int32_t utf8_decode(const unsigned char *s, size_t len, size_t *size)
{
    unsigned char c = s[0];
    *size = 1;
    if (c < 0x80)
        return c;
    int n;
    uint32_t r, min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 1, r = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2, r = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3, r = c & 0x07, min = 0x10000;
    } else {
        return UTF8_INVALID;
    }
    if ((size_t)n >= len)
        return UTF8_INVALID;
    for (int i = 1; i <= n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return UTF8_INVALID;
        r = (r << 6) | (s[i] & 0x3F);
    }
    if (r < min || r > UTF8_MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
        return UTF8_INVALID;
    *size = (size_t)n + 1;
    return (int32_t)r;
}

size_t utf8_encode_rune(uint32_t r, char out[4])
{
    if (r < 0x80) {
        out[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        out[0] = (char)(0xC0 | (r >> 6));
        out[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        out[0] = (char)(0xE0 | (r >> 12));
        out[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        out[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (r >> 18));
    out[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((r >> 6) & 0x3F));
    out[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

/* Go's identifier letters: the Unicode letters and '_'. */
bool utf8_is_letter(int32_t r)
{
    if (r < 0x80)
        return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_';
    return unicode_is_letter(r);
}

bool utf8_is_digit(int32_t r)
{
    if (r < 0x80)
        return r >= '0' && r <= '9';
    return unicode_is_digit(r);
}

bool utf8_is_print(int32_t r)
{
    return unicode_is_print(r);
}
