/* lit.c - literal values from literal text (see lit.h). */
#include "lit.h"
#include "utf8.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 99;
}

/* Skip a 0x/0o/0b prefix (or the 0 of a legacy octal) and return the base. */
static unsigned int_base(const char **p, const char *end)
{
    const char *s = *p;
    if (end - s >= 2 && s[0] == '0') {
        switch (s[1] | 0x20) {
        case 'x': *p = s + 2; return 16;
        case 'o': *p = s + 2; return 8;
        case 'b': *p = s + 2; return 2;
        default: *p = s + 1; return 8;
        }
    }
    return 10;
}

/* Is every '_' between two digits (a prefix counts as a digit)? */
static bool separators_ok(const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (text[i] != '_')
            continue;
        bool after_digit = i > 0 && (digit_value(text[i - 1]) < 16 ||
                                     (i == 2 && text[0] == '0' && text[1] != '_'));
        bool before_digit = i + 1 < len && digit_value(text[i + 1]) < 16;
        if (!after_digit || !before_digit)
            return false;
    }
    return true;
}

LitStatus lit_int(const char *text, size_t len, uint64_t *out)
{
    const char *p = text, *end = text + len;
    if (!separators_ok(text, len))
        return LIT_MALFORMED;
    unsigned base = int_base(&p, end);
    uint64_t v = 0;
    bool overflow = false;
    bool digits = p == text + 1;  /* the leading 0 of a legacy octal */
    for (; p < end; p++) {
        if (*p == '_')
            continue;
        unsigned d = (unsigned)digit_value(*p);
        if (d >= base)
            return LIT_MALFORMED;
        if (v > (UINT64_MAX - d) / base)
            overflow = true;
        v = v * base + d;
        digits = true;
    }
    if (!digits)
        return LIT_MALFORMED;
    *out = v;
    return overflow ? LIT_OVERFLOW : LIT_OK;
}

LitStatus lit_float(const char *text, size_t len, double *out)
{
    /* strtod reads C99 decimal and hex floats; Go's only additions are the
     * '_' separators, so drop those and let the C library round. */
    char stack[128];
    char *s = len < sizeof stack ? stack : xmalloc(len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (text[i] != '_')
            s[n++] = text[i];
    s[n] = '\0';
    /* strtod is more liberal than Go: it skips spaces and reads inf, nan
     * and hex floats without an exponent.  Refuse those first. */
    bool hex = n >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x';
    bool shape_ok = n > 0 && strlen(s) == n && (s[0] == '.' || (s[0] >= '0' && s[0] <= '9')) &&
                    (!hex || strpbrk(s, "pP")) && separators_ok(text, len);
    char *endp = s;
    errno = 0;
    double v = shape_ok ? strtod(s, &endp) : 0;
    LitStatus st = !shape_ok || *endp != '\0' ? LIT_MALFORMED
                 : (errno == ERANGE && isinf(v)) ? LIT_OVERFLOW : LIT_OK;
    if (s != stack)
        free(s);
    *out = v;
    return st;
}

/* Decode one escape after the backslash at *p; appends to out (for
 * strings) or stores the value in *rune.  `quote` is the literal's quote. */
static LitStatus decode_escape(const char **p, const char *end, char quote,
                               uint32_t *value, bool *is_byte)
{
    const char *s = *p;
    if (s >= end)
        return LIT_MALFORMED;
    char c = *s++;
    *is_byte = false;
    int n = 0;
    unsigned base = 16;
    switch (c) {
    case 'a': *value = 7; break;
    case 'b': *value = 8; break;
    case 'f': *value = 12; break;
    case 'n': *value = 10; break;
    case 'r': *value = 13; break;
    case 't': *value = 9; break;
    case 'v': *value = 11; break;
    case '\\': *value = '\\'; break;
    case 'x': n = 2; *is_byte = true; break;
    case 'u': n = 4; break;
    case 'U': n = 8; break;
    default:
        if (c == quote) {
            *value = (unsigned char)c;
            break;
        }
        if (c < '0' || c > '7')
            return LIT_MALFORMED;
        s--, n = 3, base = 8, *is_byte = true;
    }
    if (n > 0) {
        uint32_t v = 0;
        for (int i = 0; i < n; i++, s++) {
            if (s >= end || (unsigned)digit_value(*s) >= base)
                return LIT_MALFORMED;
            v = v * base + (uint32_t)digit_value(*s);
        }
        if ((*is_byte && v > 255) || v > UTF8_MAX_RUNE || (v >= 0xD800 && v < 0xE000 && !*is_byte))
            return LIT_MALFORMED;
        *value = v;
    }
    *p = s;
    return LIT_OK;
}

LitStatus lit_rune(const char *text, size_t len, int32_t *out)
{
    if (len < 3 || text[0] != '\'' || text[len - 1] != '\'')
        return LIT_MALFORMED;
    const char *p = text + 1, *end = text + len - 1;
    uint32_t v;
    if (*p == '\\') {
        bool is_byte;
        p++;
        if (decode_escape(&p, end, '\'', &v, &is_byte) != LIT_OK)
            return LIT_MALFORMED;
    } else {
        size_t size;
        int32_t r = utf8_decode((const unsigned char *)p, (size_t)(end - p), &size);
        if (r == UTF8_INVALID || r == '\'' || r == '\n')
            return LIT_MALFORMED;
        v = (uint32_t)r;
        p += size;
    }
    if (p != end)
        return LIT_MALFORMED;
    *out = (int32_t)v;
    return LIT_OK;
}

static LitStatus raw_string(const char *p, const char *end, Buf *out)
{
    for (; p < end; p++) {
        if (*p == '`')
            return LIT_MALFORMED;
        if (*p != '\r')
            buf_putc(out, *p);
    }
    return LIT_OK;
}

LitStatus lit_string(const char *text, size_t len, Buf *out)
{
    if (len < 2 || text[0] != text[len - 1] || (text[0] != '"' && text[0] != '`'))
        return LIT_MALFORMED;
    const char *p = text + 1, *end = text + len - 1;
    if (text[0] == '`')
        return raw_string(p, end, out);
    while (p < end) {
        char c = *p++;
        if (c == '"' || c == '\n')
            return LIT_MALFORMED;
        if (c != '\\') {
            buf_putc(out, c);
            continue;
        }
        uint32_t v;
        bool is_byte;
        if (decode_escape(&p, end, '"', &v, &is_byte) != LIT_OK)
            return LIT_MALFORMED;
        if (is_byte) {
            buf_putc(out, (int)v);
        } else {
            char enc[4];
            buf_append(out, enc, utf8_encode_rune(v, enc));
        }
    }
    return LIT_OK;
}
