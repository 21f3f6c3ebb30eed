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

typedef struct CborReader {
    const unsigned char *data;
    size_t len, pos;
    char error[96];            /* first error, "" while none */
} CborReader;

void cbor_reader_init(CborReader *r, const void *data, size_t len);
/* Decode the next item head.  False (with r->error set) at the end of the
 * data, on truncated or malformed input. */
bool cbor_next(CborReader *r, CborItem *it) WARN_UNUSED;
/* Typed reads: false, with r->error naming what was expected, on mismatch. */
bool cbor_get_uint(CborReader *r, uint64_t *v) WARN_UNUSED;
bool cbor_get_string(CborReader *r, const char **s, size_t *len) WARN_UNUSED;
bool cbor_get_array(CborReader *r, uint64_t *n) WARN_UNUSED;
bool cbor_get_map(CborReader *r, uint64_t *n) WARN_UNUSED;
/* Skip one whole item, nested ones included (depth-limited). */
bool cbor_skip(CborReader *r) WARN_UNUSED;
bool cbor_at_end(const CborReader *r);
void cbor_fail(CborReader *r, const char *fmt, ...) PRINTF_LIKE(2, 3);

#endif
