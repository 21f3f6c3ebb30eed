/* utf8.c - UTF-8 and the Unicode classes the lexer needs.
 * Classification of non-ASCII runes uses the C library's C.UTF-8 locale
 * tables through a locale object, so no process-wide locale changes. */
#include "utf8.h"

#include <locale.h>
#include <wctype.h>

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

/* The C.UTF-8 locale object, made on first use and kept for the life of
 * the process: it is immutable once made, so sharing it is safe. */
static locale_t unicode_locale(void)
{
    static locale_t loc;
    if (!loc)
        loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    return loc;
}

bool utf8_is_letter(int32_t r)
{
    if (r < 0x80)
        return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_';
    locale_t loc = unicode_locale();
    /* glibc files other scripts' digits under "alpha"; Go does not. */
    return loc && iswalpha_l((wint_t)r, loc) && !utf8_is_digit(r);
}

/* First code points of the Unicode Nd (decimal digit) blocks outside
 * ASCII; every block is ten consecutive runes. */
static const int32_t digit_blocks[] = {
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6,
    0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090,
    0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40,
    0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450,
    0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50,
    0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC,
    0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
};

bool utf8_is_digit(int32_t r)
{
    if (r < 0x80)
        return r >= '0' && r <= '9';
    for (size_t i = 0; i < sizeof digit_blocks / sizeof digit_blocks[0]; i++)
        if (r >= digit_blocks[i] && r < digit_blocks[i] + 10)
            return true;
    return false;
}

/* Runes glibc calls printable that Go's IsPrint does not: the spaces
 * other than U+0020 (Zs), the format characters (Cf, e.g. U+200B and the
 * bidi controls) and the private use areas (Co).  glibc already leaves
 * out Cc, Cs, Zl, Zp and unassigned runes.  Inclusive ranges, Unicode 15;
 * a range may join neighbouring Zs and Cf runes. */
static const int32_t not_print[][2] = {
    {0x00A0, 0x00A0}, {0x00AD, 0x00AD}, {0x0600, 0x0605}, {0x061C, 0x061C},
    {0x06DD, 0x06DD}, {0x070F, 0x070F}, {0x0890, 0x0891}, {0x08E2, 0x08E2},
    {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x200F}, {0x202A, 0x202F},
    {0x205F, 0x2064}, {0x2066, 0x206F}, {0x3000, 0x3000}, {0xE000, 0xF8FF},
    {0xFEFF, 0xFEFF}, {0xFFF9, 0xFFFB}, {0x110BD, 0x110BD},
    {0x110CD, 0x110CD}, {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3},
    {0x1D173, 0x1D17A}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F},
    {0xF0000, 0x10FFFF},   /* planes 15 and 16: private use */
};

bool utf8_is_print(int32_t r)
{
    if (r < 0x80)
        return r >= 0x20 && r < 0x7F;
    if (r > UTF8_MAX_RUNE)
        return false;
    for (size_t i = 0; i < sizeof not_print / sizeof not_print[0]; i++)
        if (r >= not_print[i][0] && r <= not_print[i][1])
            return false;
    locale_t loc = unicode_locale();
    return loc && iswprint_l((wint_t)r, loc);
}
