/* unicode_test.c - unit tests for common/unicode.c and its generated
 * tables: the classes and case mappings of a few hundred runes, each row
 * checked against Go 1.19's unicode package (Unicode 13) or, for runes
 * added in Unicode 14 and 15, against UnicodeData.txt; Go's documented
 * SimpleFold examples; and properties that must hold for every rune. */
#undef NDEBUG
#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "unicode.h"
#include "utf8.h"

/* Checks passed so far, for the summary line.  A global only so that the
 * CHECK macro stays a one-liner in every test. */
static int checks;

#define CHECK(cond) (assert(cond), checks++)

/* The classes of a row, one bit per predicate in `predicates` order. */
enum {
    IS_L = 1 << 0, IS_LU = 1 << 1, IS_LL = 1 << 2, IS_LT = 1 << 3, IS_ND = 1 << 4,
    IS_N = 1 << 5, IS_M = 1 << 6, IS_P = 1 << 7, IS_S = 1 << 8, IS_CC = 1 << 9,
    IS_SP = 1 << 10, IS_PR = 1 << 11, IS_GR = 1 << 12,
};

static bool (*const predicates[])(int32_t) = {
    unicode_is_letter, unicode_is_upper, unicode_is_lower, unicode_is_title, unicode_is_digit,
    unicode_is_number, unicode_is_mark, unicode_is_punct, unicode_is_symbol, unicode_is_control,
    unicode_is_space, unicode_is_print, unicode_is_graphic,
};
#define NPREDICATES (sizeof predicates / sizeof predicates[0])

/* A mapping to the rune itself. */
#define SELF INT32_MAX

typedef struct Row {
    int32_t r;
    unsigned classes;
    int32_t upper, lower, title, fold;   /* SELF: r itself */
} Row;

/* ASCII, Latin-1, Latin Extended, Greek, Cyrillic, Armenian, Hebrew,
 * Arabic, Devanagari and other digits, Georgian, Cherokee, spaces and
 * format characters, letterlike and number forms, CJK, kana, Hangul,
 * surrogates, private use, full-width forms, noncharacters, astral
 * scripts, emoji, tags; then runes of Unicode 14 and 15; then values
 * that are no rune. */
static const Row rows[] = {
    {0x0000, IS_CC, SELF, SELF, SELF, SELF},
    {0x0009, IS_CC | IS_SP, SELF, SELF, SELF, SELF},
    {0x000A, IS_CC | IS_SP, SELF, SELF, SELF, SELF},
    {0x000B, IS_CC | IS_SP, SELF, SELF, SELF, SELF},
    {0x000C, IS_CC | IS_SP, SELF, SELF, SELF, SELF},
    {0x000D, IS_CC | IS_SP, SELF, SELF, SELF, SELF},
    {0x001F, IS_CC, SELF, SELF, SELF, SELF},
    {0x0020, IS_SP | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0021, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0022, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0023, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0024, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0025, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0027, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0028, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0029, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x002B, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x002C, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x002D, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x002E, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x002F, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0030, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0039, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x003A, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x003C, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x003F, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0040, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0041, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x0061, SELF, 0x0061},
    {0x004B, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x006B, SELF, 0x006B},
    {0x0053, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x0073, SELF, 0x0073},
    {0x005A, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x007A, SELF, 0x007A},
    {0x005B, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x005C, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x005E, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x005F, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0060, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0061, IS_L | IS_LL | IS_PR | IS_GR, 0x0041, SELF, 0x0041, 0x0041},
    {0x006B, IS_L | IS_LL | IS_PR | IS_GR, 0x004B, SELF, 0x004B, 0x212A},
    {0x0073, IS_L | IS_LL | IS_PR | IS_GR, 0x0053, SELF, 0x0053, 0x017F},
    {0x007A, IS_L | IS_LL | IS_PR | IS_GR, 0x005A, SELF, 0x005A, 0x005A},
    {0x007B, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x007C, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x007E, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x007F, IS_CC, SELF, SELF, SELF, SELF},
    {0x0080, IS_CC, SELF, SELF, SELF, SELF},
    {0x0085, IS_CC | IS_SP, SELF, SELF, SELF, SELF},
    {0x009F, IS_CC, SELF, SELF, SELF, SELF},
    {0x00A0, IS_SP | IS_GR, SELF, SELF, SELF, SELF},
    {0x00A1, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00A2, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00A7, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00A8, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00A9, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00AA, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00AB, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00AC, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00AD, 0, SELF, SELF, SELF, SELF},
    {0x00AE, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00AF, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00B0, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00B1, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00B2, IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00B4, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00B5, IS_L | IS_LL | IS_PR | IS_GR, 0x039C, SELF, 0x039C, 0x039C},
    {0x00B6, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00B7, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00B8, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00B9, IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00BA, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00BB, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00BC, IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00BF, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00C0, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x00E0, SELF, 0x00E0},
    {0x00C5, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x00E5, SELF, 0x00E5},
    {0x00C6, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x00E6, SELF, 0x00E6},
    {0x00D0, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x00F0, SELF, 0x00F0},
    {0x00D7, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00D8, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x00F8, SELF, 0x00F8},
    {0x00DE, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x00FE, SELF, 0x00FE},
    {0x00DF, IS_L | IS_LL | IS_PR | IS_GR, SELF, SELF, SELF, 0x1E9E},
    {0x00E0, IS_L | IS_LL | IS_PR | IS_GR, 0x00C0, SELF, 0x00C0, 0x00C0},
    {0x00E5, IS_L | IS_LL | IS_PR | IS_GR, 0x00C5, SELF, 0x00C5, 0x212B},
    {0x00E6, IS_L | IS_LL | IS_PR | IS_GR, 0x00C6, SELF, 0x00C6, 0x00C6},
    {0x00F7, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x00F8, IS_L | IS_LL | IS_PR | IS_GR, 0x00D8, SELF, 0x00D8, 0x00D8},
    {0x00FE, IS_L | IS_LL | IS_PR | IS_GR, 0x00DE, SELF, 0x00DE, 0x00DE},
    {0x00FF, IS_L | IS_LL | IS_PR | IS_GR, 0x0178, SELF, 0x0178, 0x0178},
    {0x0100, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x0101, SELF, 0x0101},
    {0x0101, IS_L | IS_LL | IS_PR | IS_GR, 0x0100, SELF, 0x0100, 0x0100},
    {0x0130, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x0069, SELF, SELF},
    {0x0131, IS_L | IS_LL | IS_PR | IS_GR, 0x0049, SELF, 0x0049, SELF},
    {0x0132, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x0133, SELF, 0x0133},
    {0x0133, IS_L | IS_LL | IS_PR | IS_GR, 0x0132, SELF, 0x0132, 0x0132},
    {0x0138, IS_L | IS_LL | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0139, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x013A, SELF, 0x013A},
    {0x013A, IS_L | IS_LL | IS_PR | IS_GR, 0x0139, SELF, 0x0139, 0x0139},
    {0x013F, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x0140, SELF, 0x0140},
    {0x0149, IS_L | IS_LL | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0178, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x00FF, SELF, 0x00FF},
    {0x017F, IS_L | IS_LL | IS_PR | IS_GR, 0x0053, SELF, 0x0053, 0x0053},
    {0x0180, IS_L | IS_LL | IS_PR | IS_GR, 0x0243, SELF, 0x0243, 0x0243},
    {0x0181, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x0253, SELF, 0x0253},
    {0x01C4, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x01C6, 0x01C5, 0x01C5},
    {0x01C5, IS_L | IS_LT | IS_PR | IS_GR, 0x01C4, 0x01C6, SELF, 0x01C6},
    {0x01C6, IS_L | IS_LL | IS_PR | IS_GR, 0x01C4, SELF, 0x01C5, 0x01C4},
    {0x01C7, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x01C9, 0x01C8, 0x01C8},
    {0x01C8, IS_L | IS_LT | IS_PR | IS_GR, 0x01C7, 0x01C9, SELF, 0x01C9},
    {0x01C9, IS_L | IS_LL | IS_PR | IS_GR, 0x01C7, SELF, 0x01C8, 0x01C7},
    {0x01F1, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x01F3, 0x01F2, 0x01F2},
    {0x01F2, IS_L | IS_LT | IS_PR | IS_GR, 0x01F1, 0x01F3, SELF, 0x01F3},
    {0x01F3, IS_L | IS_LL | IS_PR | IS_GR, 0x01F1, SELF, 0x01F2, 0x01F1},
    {0x0222, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x0223, SELF, 0x0223},
    {0x023F, IS_L | IS_LL | IS_PR | IS_GR, 0x2C7E, SELF, 0x2C7E, 0x2C7E},
    {0x0250, IS_L | IS_LL | IS_PR | IS_GR, 0x2C6F, SELF, 0x2C6F, 0x2C6F},
    {0x02B0, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x02C6, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0300, IS_M | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0345, IS_M | IS_PR | IS_GR, 0x0399, SELF, 0x0399, 0x0399},
    {0x037F, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x03F3, SELF, 0x03F3},
    {0x0378, 0, SELF, SELF, SELF, SELF},
    {0x0386, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x03AC, SELF, 0x03AC},
    {0x0390, IS_L | IS_LL | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0391, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x03B1, SELF, 0x03B1},
    {0x03A3, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x03C3, SELF, 0x03C2},
    {0x03A9, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x03C9, SELF, 0x03C9},
    {0x03B1, IS_L | IS_LL | IS_PR | IS_GR, 0x0391, SELF, 0x0391, 0x0391},
    {0x03B8, IS_L | IS_LL | IS_PR | IS_GR, 0x0398, SELF, 0x0398, 0x03D1},
    {0x03B9, IS_L | IS_LL | IS_PR | IS_GR, 0x0399, SELF, 0x0399, 0x1FBE},
    {0x03BC, IS_L | IS_LL | IS_PR | IS_GR, 0x039C, SELF, 0x039C, 0x00B5},
    {0x03C2, IS_L | IS_LL | IS_PR | IS_GR, 0x03A3, SELF, 0x03A3, 0x03C3},
    {0x03C3, IS_L | IS_LL | IS_PR | IS_GR, 0x03A3, SELF, 0x03A3, 0x03A3},
    {0x03C9, IS_L | IS_LL | IS_PR | IS_GR, 0x03A9, SELF, 0x03A9, 0x2126},
    {0x03D0, IS_L | IS_LL | IS_PR | IS_GR, 0x0392, SELF, 0x0392, 0x0392},
    {0x03D1, IS_L | IS_LL | IS_PR | IS_GR, 0x0398, SELF, 0x0398, 0x03F4},
    {0x03D5, IS_L | IS_LL | IS_PR | IS_GR, 0x03A6, SELF, 0x03A6, 0x03A6},
    {0x03D6, IS_L | IS_LL | IS_PR | IS_GR, 0x03A0, SELF, 0x03A0, 0x03A0},
    {0x03F0, IS_L | IS_LL | IS_PR | IS_GR, 0x039A, SELF, 0x039A, 0x039A},
    {0x03F1, IS_L | IS_LL | IS_PR | IS_GR, 0x03A1, SELF, 0x03A1, 0x03A1},
    {0x03F4, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x03B8, SELF, 0x0398},
    {0x03F5, IS_L | IS_LL | IS_PR | IS_GR, 0x0395, SELF, 0x0395, 0x0395},
    {0x0400, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x0450, SELF, 0x0450},
    {0x040F, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x045F, SELF, 0x045F},
    {0x0410, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x0430, SELF, 0x0430},
    {0x042F, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x044F, SELF, 0x044F},
    {0x0430, IS_L | IS_LL | IS_PR | IS_GR, 0x0410, SELF, 0x0410, 0x0410},
    {0x044F, IS_L | IS_LL | IS_PR | IS_GR, 0x042F, SELF, 0x042F, 0x042F},
    {0x0450, IS_L | IS_LL | IS_PR | IS_GR, 0x0400, SELF, 0x0400, 0x0400},
    {0x0462, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x0463, SELF, 0x0463},
    {0x0463, IS_L | IS_LL | IS_PR | IS_GR, 0x0462, SELF, 0x0462, 0x1C87},
    {0x04C0, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x04CF, SELF, 0x04CF},
    {0x04CF, IS_L | IS_LL | IS_PR | IS_GR, 0x04C0, SELF, 0x04C0, 0x04C0},
    {0x0531, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x0561, SELF, 0x0561},
    {0x0561, IS_L | IS_LL | IS_PR | IS_GR, 0x0531, SELF, 0x0531, 0x0531},
    {0x0587, IS_L | IS_LL | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0589, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x05D0, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x05BE, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0600, 0, SELF, SELF, SELF, SELF},
    {0x061C, 0, SELF, SELF, SELF, SELF},
    {0x0660, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0669, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x06F5, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x06DD, 0, SELF, SELF, SELF, SELF},
    {0x070F, 0, SELF, SELF, SELF, SELF},
    {0x0900, IS_M | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0915, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x093F, IS_M | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x094D, IS_M | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0966, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x096F, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x09E6, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0E01, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0E3F, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0E50, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0F23, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x1040, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x10A0, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x2D00, SELF, 0x2D00},
    {0x10D0, IS_L | IS_LL | IS_PR | IS_GR, 0x1C90, SELF, SELF, 0x1C90},
    {0x10FC, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x1C90, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x10D0, SELF, 0x10D0},
    {0x13A0, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0xAB70, SELF, 0xAB70},
    {0x13F5, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x13FD, SELF, 0x13FD},
    {0x13F8, IS_L | IS_LL | IS_PR | IS_GR, 0x13F0, SELF, 0x13F0, 0x13F0},
    {0xAB70, IS_L | IS_LL | IS_PR | IS_GR, 0x13A0, SELF, 0x13A0, 0x13A0},
    {0x1680, IS_SP | IS_GR, SELF, SELF, SELF, SELF},
    {0x16EE, IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x180E, 0, SELF, SELF, SELF, SELF},
    {0x1810, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x1C80, IS_L | IS_LL | IS_PR | IS_GR, 0x0412, SELF, 0x0412, 0x0412},
    {0x1C88, IS_L | IS_LL | IS_PR | IS_GR, 0xA64A, SELF, 0xA64A, 0xA64A},
    {0x1E00, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x1E01, SELF, 0x1E01},
    {0x1E9B, IS_L | IS_LL | IS_PR | IS_GR, 0x1E60, SELF, 0x1E60, 0x1E60},
    {0x1E9E, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x00DF, SELF, 0x00DF},
    {0x1F88, IS_L | IS_LT | IS_PR | IS_GR, SELF, 0x1F80, SELF, 0x1F80},
    {0x1FB3, IS_L | IS_LL | IS_PR | IS_GR, 0x1FBC, SELF, 0x1FBC, 0x1FBC},
    {0x1FBE, IS_L | IS_LL | IS_PR | IS_GR, 0x0399, SELF, 0x0399, 0x0345},
    {0x1FFC, IS_L | IS_LT | IS_PR | IS_GR, SELF, 0x1FF3, SELF, 0x1FF3},
    {0x2000, IS_SP | IS_GR, SELF, SELF, SELF, SELF},
    {0x200A, IS_SP | IS_GR, SELF, SELF, SELF, SELF},
    {0x200B, 0, SELF, SELF, SELF, SELF},
    {0x200C, 0, SELF, SELF, SELF, SELF},
    {0x200D, 0, SELF, SELF, SELF, SELF},
    {0x200E, 0, SELF, SELF, SELF, SELF},
    {0x2010, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2013, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2018, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x201C, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2020, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2022, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2026, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2028, IS_SP, SELF, SELF, SELF, SELF},
    {0x2029, IS_SP, SELF, SELF, SELF, SELF},
    {0x202A, 0, SELF, SELF, SELF, SELF},
    {0x202F, IS_SP | IS_GR, SELF, SELF, SELF, SELF},
    {0x2030, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x203B, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x205F, IS_SP | IS_GR, SELF, SELF, SELF, SELF},
    {0x2060, 0, SELF, SELF, SELF, SELF},
    {0x2066, 0, SELF, SELF, SELF, SELF},
    {0x20AC, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x20B9, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x20BF, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x20DD, IS_M | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2102, IS_L | IS_LU | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2113, IS_L | IS_LL | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2118, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2126, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x03C9, SELF, 0x03A9},
    {0x212A, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x006B, SELF, 0x004B},
    {0x212B, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x00E5, SELF, 0x00C5},
    {0x2160, IS_N | IS_PR | IS_GR, SELF, 0x2170, SELF, 0x2170},
    {0x2161, IS_N | IS_PR | IS_GR, SELF, 0x2171, SELF, 0x2171},
    {0x216B, IS_N | IS_PR | IS_GR, SELF, 0x217B, SELF, 0x217B},
    {0x2170, IS_N | IS_PR | IS_GR, 0x2160, SELF, 0x2160, 0x2160},
    {0x2182, IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2190, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2211, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x221A, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x221E, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2260, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x24B6, IS_S | IS_PR | IS_GR, SELF, 0x24D0, SELF, 0x24D0},
    {0x24D0, IS_S | IS_PR | IS_GR, 0x24B6, SELF, 0x24B6, 0x24B6},
    {0x2460, IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x25A0, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2603, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2605, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2665, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2713, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2776, IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x2C00, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x2C30, SELF, 0x2C30},
    {0x2C30, IS_L | IS_LL | IS_PR | IS_GR, 0x2C00, SELF, 0x2C00, 0x2C00},
    {0x2C6F, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x0250, SELF, 0x0250},
    {0x2C7E, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x023F, SELF, 0x023F},
    {0x3000, IS_SP | IS_GR, SELF, SELF, SELF, SELF},
    {0x3001, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x3002, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x3005, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x3006, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x3007, IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x300C, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x3042, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x30A2, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x30FC, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x3400, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x4E00, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x4E2D, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x9FA5, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0xA640, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0xA641, SELF, 0xA641},
    {0xA64B, IS_L | IS_LL | IS_PR | IS_GR, 0xA64A, SELF, 0xA64A, 0x1C88},
    {0xA66F, IS_M | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0xA722, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0xA723, SELF, 0xA723},
    {0xA723, IS_L | IS_LL | IS_PR | IS_GR, 0xA722, SELF, 0xA722, 0xA722},
    {0xAC00, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0xD7A3, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0xD800, 0, SELF, SELF, SELF, SELF},
    {0xDBFF, 0, SELF, SELF, SELF, SELF},
    {0xDC00, 0, SELF, SELF, SELF, SELF},
    {0xDFFF, 0, SELF, SELF, SELF, SELF},
    {0xE000, 0, SELF, SELF, SELF, SELF},
    {0xF8FF, 0, SELF, SELF, SELF, SELF},
    {0xFB01, IS_L | IS_LL | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0xFE4F, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0xFEFF, 0, SELF, SELF, SELF, SELF},
    {0xFF01, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0xFF10, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0xFF21, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0xFF41, SELF, 0xFF41},
    {0xFF41, IS_L | IS_LL | IS_PR | IS_GR, 0xFF21, SELF, 0xFF21, 0xFF21},
    {0xFF71, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0xFFE5, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0xFFF9, 0, SELF, SELF, SELF, SELF},
    {0xFFFC, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0xFFFD, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0xFFFE, 0, SELF, SELF, SELF, SELF},
    {0xFFFF, 0, SELF, SELF, SELF, SELF},
    {0x10000, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x10400, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x10428, SELF, 0x10428},
    {0x10428, IS_L | IS_LL | IS_PR | IS_GR, 0x10400, SELF, 0x10400, 0x10400},
    {0x104B0, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x104D8, SELF, 0x104D8},
    {0x104D8, IS_L | IS_LL | IS_PR | IS_GR, 0x104B0, SELF, 0x104B0, 0x104B0},
    {0x10C80, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x10CC0, SELF, 0x10CC0},
    {0x10CC0, IS_L | IS_LL | IS_PR | IS_GR, 0x10C80, SELF, 0x10C80, 0x10C80},
    {0x118A0, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x118C0, SELF, 0x118C0},
    {0x118C0, IS_L | IS_LL | IS_PR | IS_GR, 0x118A0, SELF, 0x118A0, 0x118A0},
    {0x16E40, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x16E60, SELF, 0x16E60},
    {0x16E60, IS_L | IS_LL | IS_PR | IS_GR, 0x16E40, SELF, 0x16E40, 0x16E40},
    {0x1D400, IS_L | IS_LU | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x1D7CE, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x1D7FF, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x1E900, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x1E922, SELF, 0x1E922},
    {0x1E922, IS_L | IS_LL | IS_PR | IS_GR, 0x1E900, SELF, 0x1E900, 0x1E900},
    {0x1F1FA, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x1F3FB, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x1F600, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x1F642, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x1F680, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x20000, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0xE0001, 0, SELF, SELF, SELF, SELF},
    {0xE0041, 0, SELF, SELF, SELF, SELF},
    {0xE0100, IS_M | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0xF0000, 0, SELF, SELF, SELF, SELF},
    {0x10FFFD, 0, SELF, SELF, SELF, SELF},
    {0x10FFFF, 0, SELF, SELF, SELF, SELF},
    {0x1FFFF, 0, SELF, SELF, SELF, SELF},
    {0xA7C0, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0xA7C1, SELF, 0xA7C1},
    {0xA7C1, IS_L | IS_LL | IS_PR | IS_GR, 0xA7C0, SELF, 0xA7C0, 0xA7C0},
    {0xA7D0, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0xA7D1, SELF, 0xA7D1},
    {0xA7D1, IS_L | IS_LL | IS_PR | IS_GR, 0xA7D0, SELF, 0xA7D0, 0xA7D0},
    {0x2C2F, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x2C5F, SELF, 0x2C5F},
    {0x2C5F, IS_L | IS_LL | IS_PR | IS_GR, 0x2C2F, SELF, 0x2C2F, 0x2C2F},
    {0x10570, IS_L | IS_LU | IS_PR | IS_GR, SELF, 0x10597, SELF, 0x10597},
    {0x10597, IS_L | IS_LL | IS_PR | IS_GR, 0x10570, SELF, 0x10570, 0x10570},
    {0x1DF00, IS_L | IS_LL | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x20C0, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x061D, IS_P | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0CF3, IS_M | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x0ECE, IS_M | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x11F04, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x11F50, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x1D2C0, IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x1E030, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x1E4F0, IS_ND | IS_N | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x1F6DC, IS_S | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x13439, 0, SELF, SELF, SELF, SELF},
    {0x1B132, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {0x31350, IS_L | IS_PR | IS_GR, SELF, SELF, SELF, SELF},
    {-1, 0, SELF, SELF, SELF, SELF},
    {-2, 0, SELF, SELF, SELF, SELF},
    {INT32_MIN, 0, SELF, SELF, SELF, SELF},
    {0x110000, 0, SELF, SELF, SELF, SELF},
    {0x7FFFFFFF, 0, SELF, SELF, SELF, SELF},
};

static int32_t expected(int32_t want, int32_t r)
{
    return want == SELF ? r : want;
}

static void test_rows(void)
{
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        const Row *w = &rows[i];
        for (size_t k = 0; k < NPREDICATES; k++)
            CHECK(predicates[k](w->r) == ((w->classes >> k) & 1));
        CHECK(unicode_to_upper(w->r) == expected(w->upper, w->r));
        CHECK(unicode_to_lower(w->r) == expected(w->lower, w->r));
        CHECK(unicode_to_title(w->r) == expected(w->title, w->r));
        CHECK(unicode_simple_fold(w->r) == expected(w->fold, w->r));
    }
}

/* The examples of Go's documentation for unicode.SimpleFold. */
static void test_simple_fold_documented(void)
{
    CHECK(unicode_simple_fold('A') == 'a');
    CHECK(unicode_simple_fold('a') == 'A');
    CHECK(unicode_simple_fold('K') == 'k');
    CHECK(unicode_simple_fold('k') == 0x212A);
    CHECK(unicode_simple_fold(0x212A) == 'K');
    CHECK(unicode_simple_fold('1') == '1');
    CHECK(unicode_simple_fold(-2) == -2);
}

/* Every rune's SimpleFold orbit is a cycle of at most four runes that
 * rises to its largest member and wraps once to its smallest. */
static void test_fold_orbits(void)
{
    int bad = 0;
    for (int32_t r = 0; r <= UTF8_MAX_RUNE; r++) {
        int steps = 0, wraps = 0;
        int32_t f = r;
        do {
            int32_t next = unicode_simple_fold(f);
            wraps += next <= f;
            f = next;
            steps++;
        } while (f != r && steps < 5);
        bad += f != r || wraps != 1 || steps > 4;
    }
    CHECK(bad == 0);
}

/* Relations between the classes, for every rune. */
static void test_class_relations(void)
{
    int bad = 0;
    for (int32_t r = -1; r <= UTF8_MAX_RUNE + 1; r++) {
        int kinds = unicode_is_letter(r) + unicode_is_mark(r) + unicode_is_number(r) +
                    unicode_is_punct(r) + unicode_is_symbol(r);
        bad += kinds > 1;
        bad += unicode_is_print(r) != (kinds == 1 || r == ' ');
        bad += unicode_is_print(r) && !unicode_is_graphic(r);
        bad += (unicode_is_upper(r) || unicode_is_lower(r) || unicode_is_title(r)) && !unicode_is_letter(r);
        bad += unicode_is_digit(r) && !unicode_is_number(r);
        bad += unicode_is_control(r) && (r > 0x9F || unicode_is_graphic(r));
        bad += unicode_is_space(r) && unicode_is_print(r) && r != ' ';
        /* Upper case letters map to themselves in upper case, lower case
         * ones in lower case. */
        bad += unicode_is_upper(r) && unicode_to_upper(r) != r;
        bad += unicode_is_lower(r) && unicode_to_lower(r) != r;
    }
    CHECK(bad == 0);
}

/* The tables are sorted, as the binary searches need. */
static void test_tables_sorted(void)
{
    CHECK(strcmp(unicode_version, "15.0.0") == 0);
    CHECK(unicode_category_runs[0] >> 8 == 0);
    for (size_t i = 1; i < unicode_category_nruns; i++)
        CHECK(unicode_category_runs[i - 1] >> 8 < unicode_category_runs[i] >> 8);
    for (size_t i = 0; i < unicode_case_ranges_len; i++) {
        CHECK(unicode_case_ranges[i].lo <= unicode_case_ranges[i].hi);
        CHECK(i == 0 || unicode_case_ranges[i - 1].hi < unicode_case_ranges[i].lo);
    }
    for (size_t i = 1; i < unicode_white_space_len; i++)
        CHECK(unicode_white_space[i - 1].hi < unicode_white_space[i].lo);
    for (size_t i = 1; i < unicode_fold_orbit_len; i++)
        CHECK(unicode_fold_orbit[i - 1].from < unicode_fold_orbit[i].from);
}

/* Go's identifiers: letters are Unicode L and '_', digits Nd. */
static void test_identifier_classes(void)
{
    CHECK(utf8_is_letter('_') && !unicode_is_letter('_'));
    CHECK(utf8_is_letter('a') && utf8_is_letter('Z') && !utf8_is_letter('0') && !utf8_is_letter('$'));
    CHECK(utf8_is_letter(0xAA) && utf8_is_letter(0xDF) && utf8_is_letter(0x01C5) && utf8_is_letter(0x4E2D));
    CHECK(utf8_is_letter(0x02B0) && utf8_is_letter(0x10400) && utf8_is_letter(0x31350));
    CHECK(!utf8_is_letter(0xB2) && !utf8_is_letter(0x0660) && !utf8_is_letter(0x0301) && !utf8_is_letter(0x2160));
    CHECK(!utf8_is_letter(0x200B) && !utf8_is_letter(-1) && !utf8_is_letter(0x110000));
    CHECK(utf8_is_digit('0') && utf8_is_digit('9') && utf8_is_digit(0x0660) && utf8_is_digit(0x0966));
    CHECK(utf8_is_digit(0xFF10) && utf8_is_digit(0x1D7CE) && utf8_is_digit(0x11F50));
    CHECK(!utf8_is_digit(0xB2) && !utf8_is_digit(0x2160) && !utf8_is_digit(0x3007) && !utf8_is_digit('a'));
    CHECK(utf8_is_print(' ') && !utf8_is_print(0xA0) && utf8_is_print(0x1F600) && !utf8_is_print(0xE000));
}

int main(void)
{
    test_rows();
    test_simple_fold_documented();
    test_fold_orbits();
    test_class_relations();
    test_tables_sorted();
    test_identifier_classes();
    printf("unicode_test: %d checks passed\n", checks);
    return 0;
}
