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

/* For hot loops: write an unsigned integer at p, where the caller has
 * reserved CBOR_HEAD_MAX bytes; returns the end of what was written. */
#define CBOR_HEAD_MAX 9
unsigned char *cbor_write_uint(unsigned char *p, uint64_t v);
#define CBOR_NULL_BYTE 0xf6   /* the one-byte encoding of null */

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
bool cbor_get_string(CborReader *r, const char **s, size_t *len) WARN_UNUSED;
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

/* The commonest items in a stage file are small unsigned integers and
 * short arrays, whose value sits in the head byte itself (0x00-0x17 and
 * 0x80-0x97).  These inline fast paths decode them without a call;
 * anything else goes to the general decoder. */
static inline bool cbor_next(CborReader *r, CborItem *it)
{
    if (r->pos < r->len && r->err == CBOR_OK) {
        unsigned char head = r->data[r->pos];
        if (head < 0x18 || (head >= 0x80 && head < 0x98)) {
            it->type = head < 0x18 ? CBT_UINT : CBT_ARRAY;
            it->u = head & 0x1f;
            r->pos++;
            return true;
        }
    }
    return cbor_next_slow(r, it);
}

static inline bool cbor_get_uint(CborReader *r, uint64_t *v)
{
    if (r->pos < r->len && r->data[r->pos] < 0x18 && r->err == CBOR_OK) {
        *v = r->data[r->pos++];
        return true;
    }
    return cbor_get_uint_slow(r, v);
}

static inline bool cbor_get_array(CborReader *r, uint64_t *n)
{
    if (r->pos < r->len && (r->data[r->pos] & 0xe0) == 0x80 && r->data[r->pos] < 0x98 &&
        r->err == CBOR_OK) {
        *n = r->data[r->pos++] & 0x1f;
        return true;
    }
    return cbor_get_array_slow(r, n);
}

#endif
