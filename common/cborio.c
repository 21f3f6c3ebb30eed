/* cborio.c - CBOR writing and pull reading on top of libcbor (see cborio.h). */
#include "cborio.h"

#include <cbor.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- writing ---------------------------------------------------------- */

#define HEAD_MAX CBOR_HEAD_MAX

void cbor_put_uint(Buf *b, uint64_t v)
{
    unsigned char *p = buf_reserve(b, HEAD_MAX);
    b->len += (size_t)(cbor_write_uint(p, v) - p);
}

void cbor_put_int(Buf *b, int64_t v)
{
    if (v >= 0)
        cbor_put_uint(b, (uint64_t)v);
    else
        b->len += cbor_encode_negint((uint64_t)(-(v + 1)), buf_reserve(b, HEAD_MAX), HEAD_MAX);
}

void cbor_put_string(Buf *b, const char *s, size_t len)
{
    unsigned char *p = buf_reserve(b, HEAD_MAX + len), *start = p;
    p = cbor_write_head(p, CBOR_MAJOR_TEXT, len);
    memcpy(p, s, len);
    b->len += (size_t)(p - start) + len;
}

void cbor_put_cstring(Buf *b, const char *s)
{
    cbor_put_string(b, s, strlen(s));
}

void cbor_put_array(Buf *b, size_t n)
{
    unsigned char *p = buf_reserve(b, HEAD_MAX);
    b->len += (size_t)(cbor_write_head(p, CBOR_MAJOR_ARRAY, n) - p);
}

void cbor_put_map(Buf *b, size_t n)
{
    b->len += cbor_encode_map_start(n, buf_reserve(b, HEAD_MAX), HEAD_MAX);
}

void cbor_put_null(Buf *b)
{
    buf_putc(b, CBOR_NULL_BYTE);
}

void cbor_put_bool(Buf *b, bool v)
{
    b->len += cbor_encode_bool(v, buf_reserve(b, HEAD_MAX), HEAD_MAX);
}

void cbor_put_double(Buf *b, double v)
{
    b->len += cbor_encode_double(v, buf_reserve(b, HEAD_MAX), HEAD_MAX);
}

/* ---- reading ---------------------------------------------------------- */

/* libcbor's streaming decoder reports each item through a callback; these
 * store what it saw into the CborItem passed as context. */
static void on_u8(void *c, uint8_t v) { *(CborItem *)c = (CborItem){.type = CBT_UINT, .u = v}; }
static void on_u16(void *c, uint16_t v) { *(CborItem *)c = (CborItem){.type = CBT_UINT, .u = v}; }
static void on_u32(void *c, uint32_t v) { *(CborItem *)c = (CborItem){.type = CBT_UINT, .u = v}; }
static void on_u64(void *c, uint64_t v) { *(CborItem *)c = (CborItem){.type = CBT_UINT, .u = v}; }
static void on_n8(void *c, uint8_t v) { *(CborItem *)c = (CborItem){.type = CBT_NEGINT, .u = v}; }
static void on_n16(void *c, uint16_t v) { *(CborItem *)c = (CborItem){.type = CBT_NEGINT, .u = v}; }
static void on_n32(void *c, uint32_t v) { *(CborItem *)c = (CborItem){.type = CBT_NEGINT, .u = v}; }
static void on_n64(void *c, uint64_t v) { *(CborItem *)c = (CborItem){.type = CBT_NEGINT, .u = v}; }
static void on_string(void *c, cbor_data s, size_t n)
{
    *(CborItem *)c = (CborItem){.type = CBT_STRING, .str = (const char *)s, .len = n};
}
static void on_bytes(void *c, cbor_data s, size_t n)
{
    *(CborItem *)c = (CborItem){.type = CBT_BYTES, .str = (const char *)s, .len = n};
}
static void on_array(void *c, size_t n) { *(CborItem *)c = (CborItem){.type = CBT_ARRAY, .u = n}; }
static void on_map(void *c, size_t n) { *(CborItem *)c = (CborItem){.type = CBT_MAP, .u = n}; }
static void on_tag(void *c, uint64_t v) { *(CborItem *)c = (CborItem){.type = CBT_TAG, .u = v}; }
static void on_f4(void *c, float v) { *(CborItem *)c = (CborItem){.type = CBT_FLOAT, .f = v}; }
static void on_f8(void *c, double v) { *(CborItem *)c = (CborItem){.type = CBT_FLOAT, .f = v}; }
static void on_bool(void *c, bool v) { *(CborItem *)c = (CborItem){.type = CBT_BOOL, .b = v}; }
static void on_null(void *c) { *(CborItem *)c = (CborItem){.type = CBT_NULL}; }
static void on_undef(void *c) { *(CborItem *)c = (CborItem){.type = CBT_UNDEFINED}; }
static void on_break(void *c) { *(CborItem *)c = (CborItem){.type = CBT_BREAK}; }
static void on_indef(void *c) { *(CborItem *)c = (CborItem){.type = CBT_INDEFINITE}; }

static const struct cbor_callbacks item_callbacks = {
    .uint8 = on_u8, .uint16 = on_u16, .uint32 = on_u32, .uint64 = on_u64,
    .negint8 = on_n8, .negint16 = on_n16, .negint32 = on_n32, .negint64 = on_n64,
    .string = on_string, .string_start = on_indef,
    .byte_string = on_bytes, .byte_string_start = on_indef,
    .array_start = on_array, .indef_array_start = on_indef,
    .map_start = on_map, .indef_map_start = on_indef,
    .tag = on_tag, .float2 = on_f4, .float4 = on_f4, .float8 = on_f8,
    .boolean = on_bool, .null = on_null, .undefined = on_undef,
    .indef_break = on_break,
};

void cbor_reader_init(CborReader *r, const void *data, size_t len)
{
    r->data = data;
    r->len = len;
    r->pos = 0;
    r->err = CBOR_OK;
    r->error[0] = '\0';
}

static void vfail(CborReader *r, CborError err, const char *fmt, va_list ap)
{
    if (r->err != CBOR_OK)
        return;  /* keep the first error: later ones follow from it */
    r->err = err;
    vsnprintf(r->error, sizeof r->error, fmt, ap);
}

void cbor_fail(CborReader *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfail(r, CBOR_INVALID, fmt, ap);
    va_end(ap);
}

void cbor_fail_code(CborReader *r, CborError err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfail(r, err, fmt, ap);
    va_end(ap);
}

bool cbor_check_count(CborReader *r, uint64_t n)
{
    if (n <= r->len - r->pos)
        return true;
    cbor_fail_code(r, CBOR_TRUNCATED, "%llu items claimed at byte %zu, %zu bytes left",
                   (unsigned long long)n, r->pos, r->len - r->pos);
    return false;
}

bool cbor_at_end(const CborReader *r)
{
    return r->pos >= r->len;
}

bool cbor_next_slow(CborReader *r, CborItem *it)
{
    if (r->err != CBOR_OK)
        return false;
    if (r->pos >= r->len) {
        cbor_fail_code(r, CBOR_TRUNCATED, "the data ends at byte %zu", r->pos);
        return false;
    }
    it->type = CBT_UNDEFINED;
    struct cbor_decoder_result res =
        cbor_stream_decode(r->data + r->pos, r->len - r->pos, &item_callbacks, it);
    if (res.status == CBOR_DECODER_NEDATA) {
        cbor_fail_code(r, CBOR_TRUNCATED, "the data ends inside the item at byte %zu", r->pos);
        return false;
    }
    if (res.status != CBOR_DECODER_FINISHED || res.read == 0) {
        cbor_fail_code(r, CBOR_MALFORMED, "malformed CBOR at byte %zu", r->pos);
        return false;
    }
    r->pos += res.read;
    if (it->type == CBT_INDEFINITE) {
        cbor_fail_code(r, CBOR_MALFORMED, "indefinite-length item at byte %zu", r->pos - res.read);
        return false;
    }
    return true;
}

static bool get_typed(CborReader *r, CborItem *it, CborType want, const char *what)
{
    size_t at = r->pos;
    if (!cbor_next(r, it))
        return false;
    if (it->type != want) {
        cbor_fail(r, "expected %s at byte %zu", what, at);
        return false;
    }
    return true;
}

bool cbor_get_uint_slow(CborReader *r, uint64_t *v)
{
    CborItem it;
    if (!get_typed(r, &it, CBT_UINT, "unsigned integer"))
        return false;
    *v = it.u;
    return true;
}

bool cbor_get_string_slow(CborReader *r, const char **s, size_t *len)
{
    CborItem it;
    if (!get_typed(r, &it, CBT_STRING, "text string"))
        return false;
    *s = it.str;
    *len = it.len;
    return true;
}

bool cbor_get_array_slow(CborReader *r, uint64_t *n)
{
    CborItem it;
    if (!get_typed(r, &it, CBT_ARRAY, "array"))
        return false;
    *n = it.u;
    return true;
}

bool cbor_get_map(CborReader *r, uint64_t *n)
{
    CborItem it;
    if (!get_typed(r, &it, CBT_MAP, "map"))
        return false;
    *n = it.u;
    return true;
}

/* Skipping keeps an explicit count of pending items instead of recursing,
 * so deeply nested hostile input cannot overflow the C stack. */
bool cbor_skip(CborReader *r)
{
    uint64_t pending = 1;
    while (pending > 0) {
        CborItem it;
        if (!cbor_next(r, &it))
            return false;
        pending--;
        if (it.type == CBT_ARRAY || it.type == CBT_MAP) {
            /* Each item takes a byte at least; checking the count first
             * also keeps the doubling for a map from overflowing. */
            if (!cbor_check_count(r, it.u))
                return false;
            uint64_t more = it.type == CBT_MAP ? it.u * 2 : it.u;
            if (!cbor_check_count(r, pending + more))
                return false;
            pending += more;
        } else if (it.type == CBT_TAG) {
            pending++;
        }
    }
    return true;
}
