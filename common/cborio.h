/* cborio.h - the subset of CBOR (RFC 8949) that stage files use, as a
 * writer into a Buf and a pull reader over a byte buffer.  Both sit on
 * libcbor's encoding and streaming-decoding functions; neither builds a
 * tree of items, so a 100,000-line program costs no per-item malloc. */
#ifndef GOMINI_CBORIO_H
#define GOMINI_CBORIO_H

#include "buf.h"

/* Writing: each call appends one item (or one container head). */
void cbor_put_uint(Buf *b, uint64_t v);
void cbor_put_int(Buf *b, int64_t v);
void cbor_put_string(Buf *b, const char *s, size_t len);
void cbor_put_cstring(Buf *b, const char *s);
void cbor_put_array(Buf *b, size_t n);
void cbor_put_map(Buf *b, size_t n);
void cbor_put_null(Buf *b);
void cbor_put_bool(Buf *b, bool v);
void cbor_put_double(Buf *b, double v);

/* For hot loops: write the head of an item of CBOR major type `major`
 * (0 unsigned, 2 bytes, 3 text, 4 array, 5 map) with value v at p, where
 * the caller has reserved CBOR_HEAD_MAX bytes; returns the end of what
 * was written.  Shortest form, as RFC 8949 prefers. */
#define CBOR_HEAD_MAX 9
#define CBOR_NULL_BYTE 0xf6   /* the one-byte encoding of null */
enum { CBOR_MAJOR_UINT = 0, CBOR_MAJOR_TEXT = 3, CBOR_MAJOR_ARRAY = 4, CBOR_MAJOR_MAP = 5 };

static inline unsigned char *cbor_write_head(unsigned char *p, unsigned major, uint64_t v)
{
    unsigned char m = (unsigned char)(major << 5);
    if (v < 24) {
        *p = (unsigned char)(m | v);
        return p + 1;
    }
    unsigned bytes = v <= 0xff ? 1 : v <= 0xffff ? 2 : v <= 0xffffffffu ? 4 : 8;
    *p++ = (unsigned char)(m | (bytes == 1 ? 24 : bytes == 2 ? 25 : bytes == 4 ? 26 : 27));
    for (unsigned i = bytes; i-- > 0;)
        *p++ = (unsigned char)(v >> (8 * i));
    return p;
}

static inline unsigned char *cbor_write_uint(unsigned char *p, uint64_t v)
{
    return cbor_write_head(p, CBOR_MAJOR_UINT, v);
}

typedef enum CborType {
    CBT_UINT, CBT_NEGINT, CBT_BYTES, CBT_STRING, CBT_ARRAY, CBT_MAP,
    CBT_TAG, CBT_FLOAT, CBT_BOOL, CBT_NULL, CBT_UNDEFINED, CBT_BREAK,
    CBT_INDEFINITE,  /* an indefinite-length head: stage files never hold one */
} CborType;

typedef struct CborItem {
    CborType type;
    uint64_t u;                /* UINT value, NEGINT is -1-u, ARRAY/MAP count, TAG */
    double f;                  /* FLOAT */
    bool b;                    /* BOOL */
    const char *str;           /* BYTES/STRING: points into the input */
    size_t len;
} CborItem;

/* Why a read failed: readers turn these into one message each, so a
 * file cut short always says "truncated file", whatever was cut. */
typedef enum CborError {
    CBOR_OK,
    CBOR_TRUNCATED,   /* the data ends inside an item, or a count runs past the end */
    CBOR_MALFORMED,   /* not well-formed CBOR */
    CBOR_INVALID,     /* well-formed, but not what the format allows */
} CborError;

typedef struct CborReader {
    const unsigned char *data;
    size_t len, pos;
    CborError err;             /* the first error's class, CBOR_OK while none */
    char error[96];            /* the first error, "" while none */
} CborReader;

void cbor_reader_init(CborReader *r, const void *data, size_t len);
/* Decode the next item head.  False (with r->error set) at the end of the
 * data, on truncated or malformed input. */
bool cbor_next_slow(CborReader *r, CborItem *it) WARN_UNUSED;
/* Typed reads: false, with r->error naming what was expected, on mismatch. */
bool cbor_get_uint_slow(CborReader *r, uint64_t *v) WARN_UNUSED;
bool cbor_get_string_slow(CborReader *r, const char **s, size_t *len) WARN_UNUSED;
bool cbor_get_array_slow(CborReader *r, uint64_t *n) WARN_UNUSED;
bool cbor_get_map(CborReader *r, uint64_t *n) WARN_UNUSED;
/* Skip one whole item, nested ones included (without recursion). */
bool cbor_skip(CborReader *r) WARN_UNUSED;
bool cbor_at_end(const CborReader *r);
/* Record the first error: cbor_fail as CBOR_INVALID, cbor_fail_code with
 * the class given.  Later errors are ignored: they follow from the first. */
void cbor_fail(CborReader *r, const char *fmt, ...) PRINTF_LIKE(2, 3);
void cbor_fail_code(CborReader *r, CborError err, const char *fmt, ...) PRINTF_LIKE(3, 4);
/* Fail with CBOR_TRUNCATED unless n more items (at least a byte each)
 * can follow: a count that runs past the end means the file was cut. */
bool cbor_check_count(CborReader *r, uint64_t n) WARN_UNUSED;

/* The commonest items in a stage file are unsigned integers below 2^32,
 * short arrays and short text strings.  These inline fast paths decode
 * them without a call; anything else, and every error, goes to the
 * general decoder. */

/* The argument of the head at p when it takes at most 4 bytes (values
 * below 2^32), and the end of the head; NULL for a longer or special
 * head.  The caller has checked the major type and that
 * CBOR_SMALL_HEAD_MAX bytes are there, so nothing here reads past. */
#define CBOR_SMALL_HEAD_MAX 5

static inline const unsigned char *cbor_small_head(const unsigned char *p, uint64_t *v)
{
    unsigned info = p[0] & 0x1f;
    if (info < 24) {
        *v = info;
        return p + 1;
    }
    if (info == 24) {
        *v = p[1];
        return p + 2;
    }
    if (info == 25) {
        *v = (uint64_t)p[1] << 8 | p[2];
        return p + 3;
    }
    if (info == 26) {
        *v = (uint64_t)p[1] << 24 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 8 | p[4];
        return p + 5;
    }
    return NULL;
}

/* The value of a small head of major type `major` at r->pos; advances
 * past it.  Near the end of the data (the last few bytes of a file) it
 * leaves the work to the general decoder, which checks every length. */
static inline bool cbor_fast_head(CborReader *r, unsigned major, uint64_t *v)
{
    const unsigned char *d = r->data + r->pos, *end;
    if (r->len - r->pos < CBOR_SMALL_HEAD_MAX || (unsigned)(d[0] >> 5) != major ||
        r->err != CBOR_OK || !(end = cbor_small_head(d, v)))
        return false;
    r->pos = (size_t)(end - r->data);
    return true;
}

/* Does b begin a CBOR map?  Every stage file is one. */
static inline bool cbor_is_map_head(unsigned char b)
{
    return b >= 0xa0 && b <= 0xbb;
}

WARN_UNUSED static inline bool cbor_next(CborReader *r, CborItem *it)
{
    size_t at = r->pos;
    if (at < r->len && r->err == CBOR_OK) {
        unsigned char head = r->data[at];
        if (head == CBOR_NULL_BYTE) {
            it->type = CBT_NULL;
            r->pos++;
            return true;
        }
        unsigned major = head >> 5;
        uint64_t v;
        if ((major == CBOR_MAJOR_UINT || major == CBOR_MAJOR_ARRAY) && cbor_fast_head(r, major, &v)) {
            it->type = major == CBOR_MAJOR_UINT ? CBT_UINT : CBT_ARRAY;
            it->u = v;
            return true;
        }
        if (major == CBOR_MAJOR_TEXT && cbor_fast_head(r, major, &v)) {
            if (v <= r->len - r->pos) {
                it->type = CBT_STRING;
                it->str = (const char *)r->data + r->pos;
                it->len = (size_t)v;
                r->pos += (size_t)v;
                return true;
            }
            r->pos = at;   /* cut short: the general decoder says so */
        }
    }
    return cbor_next_slow(r, it);
}

WARN_UNUSED static inline bool cbor_get_uint(CborReader *r, uint64_t *v)
{
    return cbor_fast_head(r, CBOR_MAJOR_UINT, v) || cbor_get_uint_slow(r, v);
}

WARN_UNUSED static inline bool cbor_get_string(CborReader *r, const char **s, size_t *len)
{
    size_t at = r->pos;
    uint64_t n;
    if (cbor_fast_head(r, CBOR_MAJOR_TEXT, &n)) {
        if (n <= r->len - r->pos) {
            *s = (const char *)r->data + r->pos;
            *len = (size_t)n;
            r->pos += (size_t)n;
            return true;
        }
        r->pos = at;   /* cut short: the general decoder says so */
    }
    return cbor_get_string_slow(r, s, len);
}

WARN_UNUSED static inline bool cbor_get_array(CborReader *r, uint64_t *n)
{
    return cbor_fast_head(r, CBOR_MAJOR_ARRAY, n) || cbor_get_array_slow(r, n);
}

#endif
